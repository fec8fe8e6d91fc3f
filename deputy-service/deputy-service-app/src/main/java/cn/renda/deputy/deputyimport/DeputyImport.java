package cn.renda.deputy.deputyimport;

import cn.renda.deputy.api.Education;
import cn.renda.deputy.api.Gender;
import cn.renda.deputy.api.Occupation;
import cn.renda.deputy.api.PartyMembership;
import cn.renda.deputy.district.query.DistrictDirectory;
import cn.renda.deputy.group.query.GroupDirectory;
import cn.renda.deputy.term.query.TermDirectory;
import cn.renda.deputy.privacy.IdCardRegister;
import cn.renda.deputy.privacy.IdCards;
import cn.renda.platform.problem.DomainException;
import cn.renda.deputy.township.query.TownshipDirectory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates a whole deputy list before anything is registered: every bad cell of every row is reported
 * (row number as Excel shows it, column header, reason in Chinese), and a file with any error imports nothing.
 */
@Component
class DeputyImport {

    /** One row, checked. */
    record ImportRow(int row, String townshipCode, String name, Gender gender, int birthYear, String ethnicity,
                     Education education, PartyMembership party, Occupation occupation, int term, Boolean reElected,
                     Boolean byElection, String district, String groupId, LocalDate electedOn, String phone,
                     String idCardNumber, String address) {
    }

    /** What is wrong with one cell. */
    record RowError(int row, String column, String reason) {
    }

    record Result(List<ImportRow> rows, List<RowError> errors) {
    }

    static final int MAX_ROWS = 5000;

    private final TownshipDirectory townships;
    private final GroupDirectory groups;
    private final IdCardRegister idCards;
    private final TermDirectory terms;
    private final DistrictDirectory districts;

    DeputyImport(TownshipDirectory townships, GroupDirectory groups, IdCardRegister idCards, TermDirectory terms,
                 DistrictDirectory districts) {
        this.terms = terms;
        this.districts = districts;
        this.townships = townships;
        this.groups = groups;
        this.idCards = idCards;
    }

    Result read(String county, InputStream in, int currentYear) {
        List<ImportRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Map<String, Integer> columns = new HashMap<>();
            if (header != null) {
                for (Cell c : header) {
                    columns.put(formatter.formatCellValue(c).strip(), c.getColumnIndex());
                }
            }
            for (String required : ImportColumns.REQUIRED) {
                if (!columns.containsKey(required)) {
                    errors.add(new RowError(1, required, "缺少必填列“" + required + "”，请使用下载的模板"));
                }
            }
            if (!errors.isEmpty()) {
                return new Result(List.of(), errors);
            }
            Map<String, Boolean> knownTownships = new HashMap<>();
            Map<String, Integer> idCardRows = new HashMap<>();
            Set<String> checkedGroups = new HashSet<>();
            Map<String, String> termErrors = new HashMap<>();
            Map<String, Optional<String>> districtNames = new HashMap<>();
            int last = sheet.getLastRowNum();
            if (last - sheet.getFirstRowNum() > MAX_ROWS) {
                errors.add(new RowError(last + 1, "", "一次最多导入 " + MAX_ROWS + " 行"));
                return new Result(List.of(), errors);
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= last; r++) {
                Row row = sheet.getRow(r);
                Map<String, String> v = new LinkedHashMap<>();
                boolean blank = true;
                for (String col : ImportColumns.ALL) {
                    Integer idx = columns.get(col);
                    String text = idx == null || row == null ? "" : text(row.getCell(idx), formatter).strip();
                    v.put(col, text);
                    blank &= text.isEmpty();
                }
                if (blank) {
                    continue;
                }
                int excelRow = r + 1;
                RowChecker check = new RowChecker(excelRow, v, errors, currentYear);
                String township = check.required(ImportColumns.TOWNSHIP);
                if (township != null) {
                    if (!township.matches("\\d{9}")) {
                        check.fail(ImportColumns.TOWNSHIP, "应为9位数字的乡镇代码");
                        township = null;
                    } else if (!knownTownships.computeIfAbsent(township, t -> townships.exists(t, county))) {
                        check.fail(ImportColumns.TOWNSHIP, "本县没有代码为 " + township + " 的乡镇，请先登记乡镇");
                        township = null;
                    }
                }
                String name = check.required(ImportColumns.NAME);
                if (name != null && name.length() > 40) {
                    check.fail(ImportColumns.NAME, "姓名不能超过40个字");
                }
                Gender gender = check.label(ImportColumns.GENDER, Gender.values(), true);
                Integer birthYear = check.integer(ImportColumns.BIRTH_YEAR, 1900, currentYear, true);
                if (birthYear != null && currentYear - birthYear < 18) {
                    check.fail(ImportColumns.BIRTH_YEAR, "代表须年满十八周岁");
                }
                Education education = check.label(ImportColumns.EDUCATION, Education.values(), false);
                PartyMembership party = check.label(ImportColumns.PARTY, PartyMembership.values(), false);
                Occupation occupation = check.label(ImportColumns.OCCUPATION, Occupation.values(), true);
                Integer term = check.integer(ImportColumns.TERM, 1, 99, true);
                if (term != null && township != null) {
                    String known = township;
                    String termError = termErrors.computeIfAbsent(township + ":" + term, k -> {
                        try {
                            terms.resolve(county, known, term, null);
                            return "";
                        } catch (DomainException e) {
                            return "本乡镇没有第 " + term + " 届，请先登记届次";
                        }
                    });
                    if (!termError.isEmpty()) {
                        check.fail(ImportColumns.TERM, termError);
                    }
                }
                Boolean reElected = check.yesNo(ImportColumns.RE_ELECTED);
                Boolean byElection = check.yesNo(ImportColumns.BY_ELECTION);
                if (Boolean.TRUE.equals(reElected) && Boolean.TRUE.equals(byElection)) {
                    check.fail(ImportColumns.BY_ELECTION, "补选产生的代表不能同时为连任代表");
                }
                String group = check.optional(ImportColumns.GROUP);
                if (group != null && township != null && !checkedGroups.contains(township + group)) {
                    try {
                        groups.requireInTownship(county, township, group);
                        checkedGroups.add(township + group);
                    } catch (DomainException e) {
                        check.fail(ImportColumns.GROUP, "该乡镇没有编号为 " + group + " 的代表小组");
                    }
                }
                LocalDate electedOn = check.date(ImportColumns.ELECTED_ON);
                String phone = check.optional(ImportColumns.PHONE);
                if (phone != null && !phone.matches("1\\d{10}|0\\d{2,3}-?\\d{7,8}")) {
                    check.fail(ImportColumns.PHONE, "手机号码应为11位数字，固定电话如 0379-12345678");
                }
                String idCard = IdCards.normalize(check.optional(ImportColumns.ID_CARD));
                if (idCard != null) {
                    if (!IdCards.valid(idCard)) {
                        check.fail(ImportColumns.ID_CARD, "身份证号码应为18位且校验位正确");
                    } else {
                        Integer earlier = idCardRows.putIfAbsent(term + ":" + idCard, excelRow);
                        if (earlier != null) {
                            check.fail(ImportColumns.ID_CARD, "与第 " + earlier + " 行的身份证号码重复");
                        } else {
                            try {
                                idCards.requireFree(county, term, idCard);
                            } catch (DomainException e) {
                                check.fail(ImportColumns.ID_CARD, "本届已有代表使用该身份证号码登记");
                            }
                        }
                    }
                }
                String address = check.optional(ImportColumns.ADDRESS);
                if (address != null && address.length() > 100) {
                    check.fail(ImportColumns.ADDRESS, "家庭住址不能超过100个字");
                }
                String ethnicity = check.optional(ImportColumns.ETHNICITY);
                String district = check.optional(ImportColumns.DISTRICT);
                if (district != null && township != null) {
                    String known = township;
                    String named = district;
                    Optional<String> resolved = districtNames.computeIfAbsent(township + ":" + district, k -> {
                        try {
                            return Optional.of(districts.resolve(county, known, named)
                                    .map(DistrictDirectory.District::name).orElse(named));
                        } catch (DomainException e) {
                            return Optional.empty();
                        }
                    });
                    if (resolved.isEmpty()) {
                        check.fail(ImportColumns.DISTRICT, "本乡镇没有编号或名称为“" + district + "”的选区，请先登记选区");
                    } else {
                        district = resolved.get();
                    }
                }
                if (!check.failed()) {
                    rows.add(new ImportRow(excelRow, township, name, gender, birthYear, ethnicity, education, party,
                            occupation, term, reElected, byElection, district, group, electedOn, phone, idCard,
                            address));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            errors.add(new RowError(0, "", "无法读取文件，请上传 .xlsx 格式的代表名册"));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(2, "", "文件中没有代表数据"));
        }
        return new Result(errors.isEmpty() ? rows : List.of(), errors);
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }

    /** Checks the cells of one row, collecting every error. */
    private static final class RowChecker {
        private final int row;
        private final Map<String, String> values;
        private final List<RowError> errors;
        private final int currentYear;
        private boolean failed;

        RowChecker(int row, Map<String, String> values, List<RowError> errors, int currentYear) {
            this.currentYear = currentYear;
            this.row = row;
            this.values = values;
            this.errors = errors;
        }

        void fail(String column, String reason) {
            errors.add(new RowError(row, column, reason));
            failed = true;
        }

        boolean failed() {
            return failed;
        }

        String optional(String column) {
            String v = values.get(column);
            return v == null || v.isEmpty() ? null : v;
        }

        String required(String column) {
            String v = optional(column);
            if (v == null) {
                fail(column, "必填项为空");
            }
            return v;
        }

        <E extends Enum<E>> E label(String column, E[] values, boolean required) {
            String v = required ? required(column) : optional(column);
            if (v == null) {
                return null;
            }
            List<String> labels = new ArrayList<>();
            for (E e : values) {
                String zh = label(e);
                labels.add(zh);
                if (zh.equals(v) || e.name().equalsIgnoreCase(v)) {
                    return e;
                }
            }
            fail(column, "“" + v + "”不是可选值，应为：" + String.join("、", labels));
            return null;
        }

        private static String label(Enum<?> e) {
            if (e instanceof Gender g) {
                return g.label(true);
            }
            if (e instanceof Education x) {
                return x.label(true);
            }
            if (e instanceof PartyMembership p) {
                return p.label(true);
            }
            return ((Occupation) e).label(true);
        }

        Integer integer(String column, int min, int max, boolean required) {
            String v = required ? required(column) : optional(column);
            if (v == null) {
                return null;
            }
            try {
                int n = Integer.parseInt(v.endsWith(".0") ? v.substring(0, v.length() - 2) : v);
                if (n < min || n > max) {
                    fail(column, "应在 " + min + " 到 " + max + " 之间");
                    return null;
                }
                return n;
            } catch (NumberFormatException e) {
                fail(column, "“" + v + "”不是整数");
                return null;
            }
        }

        Boolean yesNo(String column) {
            String v = optional(column);
            if (v == null) {
                return null;
            }
            if (v.equals("是")) {
                return true;
            }
            if (v.equals("否")) {
                return false;
            }
            fail(column, "应填“是”或“否”");
            return null;
        }

        LocalDate date(String column) {
            String v = optional(column);
            if (v == null) {
                return null;
            }
            try {
                LocalDate d = LocalDate.parse(v.replace('/', '-').replace('.', '-'));
                if (d.getYear() > currentYear) {
                    fail(column, "当选日期不能晚于今天");
                }
                return d;
            } catch (DateTimeParseException e) {
                fail(column, "日期格式应为 2021-11-20");
                return null;
            }
        }
    }
}
