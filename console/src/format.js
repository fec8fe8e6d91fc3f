/** Formatting helpers shared by the pages. */
export function fmtNumber(v, locale) {
  if (v === null || v === undefined) return '—';
  return Number(v).toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 1 });
}

export function fmtValue(key, v, locale) {
  if (v === null || v === undefined) return '—';
  return /Rate$|Share$/.test(key) ? `${fmtNumber(v, locale)}%` : fmtNumber(v, locale);
}

export function isoDate(d) {
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The message of an ApiError (problem title and detail), for an ElAlert. */
export function problemText(e) {
  if (!e) return '';
  const p = e.problem || {};
  if (p.title && p.detail && p.detail !== p.title) return `${p.title}：${p.detail}`;
  return p.title || p.detail || e.message || String(e);
}

/** Quarters [from, to] covering a period (at most `max`, the latest ones). */
export function quarters(from, to, max = 8) {
  const out = [];
  const start = new Date(`${from}T00:00:00`);
  const end = new Date(`${to}T00:00:00`);
  let y = start.getFullYear();
  let q = Math.floor(start.getMonth() / 3);
  while (new Date(y, q * 3, 1) <= end) {
    const qs = new Date(y, q * 3, 1);
    const qe = new Date(y, q * 3 + 3, 0);
    out.push({
      label: `${y}Q${q + 1}`,
      from: isoDate(qs < start ? start : qs),
      to: isoDate(qe > end ? end : qe)
    });
    q += 1;
    if (q === 4) { q = 0; y += 1; }
  }
  return out.slice(-max);
}
