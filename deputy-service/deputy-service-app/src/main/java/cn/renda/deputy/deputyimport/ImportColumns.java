package cn.renda.deputy.deputyimport;

import java.util.List;

/**
 * The columns of the deputy list townships fill in after an election (代表名册), in template order. Headers are what
 * the template shows; a file is read by header, so the columns may be reordered.
 */
final class ImportColumns {

    static final String TOWNSHIP = "乡镇代码";
    static final String NAME = "姓名";
    static final String GENDER = "性别";
    static final String BIRTH_YEAR = "出生年份";
    static final String ETHNICITY = "民族";
    static final String EDUCATION = "文化程度";
    static final String PARTY = "政治面貌";
    static final String OCCUPATION = "职业构成";
    static final String TERM = "届次";
    static final String RE_ELECTED = "是否连任";
    static final String BY_ELECTION = "是否补选";
    static final String DISTRICT = "选区";
    static final String GROUP = "代表小组编号";
    static final String ELECTED_ON = "当选日期";
    static final String PHONE = "手机号码";
    static final String ID_CARD = "身份证号码";
    static final String ADDRESS = "家庭住址";

    static final List<String> ALL = List.of(TOWNSHIP, NAME, GENDER, BIRTH_YEAR, ETHNICITY, EDUCATION, PARTY,
            OCCUPATION, TERM, RE_ELECTED, BY_ELECTION, DISTRICT, GROUP, ELECTED_ON, PHONE, ID_CARD, ADDRESS);
    static final List<String> REQUIRED = List.of(TOWNSHIP, NAME, GENDER, BIRTH_YEAR, OCCUPATION, TERM);

    private ImportColumns() {
    }
}
