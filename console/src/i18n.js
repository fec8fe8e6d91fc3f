import { createI18n } from 'vue-i18n';
import shell from './messages.js';

// zh-CN first, English second. The "work" pages bring their own messages (src/work/messages.js), merged here when
// the file exists; import.meta.glob keeps the build working without it.
const work = Object.values(import.meta.glob('./work/messages.js', { eager: true }))[0]?.default || {};

const LOCALE_KEY = 'renda.locale';
export const LOCALES = ['zh-CN', 'en'];

function merge(target, source) {
  for (const [k, v] of Object.entries(source || {})) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      target[k] = merge(target[k] && typeof target[k] === 'object' ? target[k] : {}, v);
    } else {
      target[k] = v;
    }
  }
  return target;
}

const messages = {};
for (const locale of LOCALES) {
  messages[locale] = merge(merge({}, shell[locale]), work[locale]);
}

function initialLocale() {
  const stored = localStorage.getItem(LOCALE_KEY);
  return LOCALES.includes(stored) ? stored : 'zh-CN';
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages,
  missingWarn: false,
  fallbackWarn: false
});

export function currentLocale() {
  return i18n.global.locale.value;
}

export function setLocale(locale) {
  i18n.global.locale.value = locale;
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
}

document.documentElement.lang = initialLocale();
