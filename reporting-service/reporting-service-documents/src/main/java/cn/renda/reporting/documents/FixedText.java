package cn.renda.reporting.documents;

import java.util.Locale;

/** The fixed words the writers put around the data, Chinese first, English when the locale asks for it. */
final class FixedText {
    private FixedText() {
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    static String filters(Locale locale) {
        return english(locale) ? "Filters" : "筛选条件";
    }

    static String generated(Locale locale) {
        return english(locale) ? "Generated" : "生成时间";
    }

    static String yes(Locale locale) {
        return english(locale) ? "Yes" : "是";
    }

    static String no(Locale locale) {
        return english(locale) ? "No" : "否";
    }

    static String noRows(Locale locale) {
        return english(locale) ? "No data" : "无数据";
    }

    static String page(Locale locale, int page, int pages) {
        return english(locale) ? "Page " + page + " of " + pages : "第 " + page + " 页 / 共 " + pages + " 页";
    }
}
