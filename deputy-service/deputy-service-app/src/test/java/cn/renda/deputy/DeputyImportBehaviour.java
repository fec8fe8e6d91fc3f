package cn.renda.deputy;

import cn.renda.deputy.privacy.IdCards;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Helpers for the XLSX import tests: build a deputy list the way a township clerk fills in the template. */
final class DeputyImportBehaviour {

    static final List<String> HEADER = List.of("乡镇代码", "姓名", "性别", "出生年份", "民族", "文化程度", "政治面貌",
            "职业构成", "届次", "是否连任", "是否补选", "选区", "代表小组编号", "当选日期", "手机号码", "身份证号码", "家庭住址");

    private DeputyImportBehaviour() {
    }

    static String idCard(String county, int serial) {
        String first17 = county + "1975" + "0101" + String.format("%03d", serial % 1000);
        first17 = county + String.valueOf(1960 + serial / 1000) + "0101" + String.format("%03d", serial % 1000);
        return first17 + IdCards.checkCharacter(first17);
    }

    static List<String> row(String township, int serial, String county) {
        return new ArrayList<>(List.of(township, "代表" + serial, serial % 3 == 0 ? "女" : "男", String.valueOf(1960 + serial % 40),
                "汉族", "高中、中专", serial % 2 == 0 ? "中共党员" : "群众", serial % 4 == 0 ? "干部" : "农民", "13",
                serial % 2 == 0 ? "是" : "否", "否", "第" + (1 + serial % 9) + "选区", "", "2021-11-20",
                "139" + String.format("%08d", serial), idCard(county, serial), "某村" + serial + "号"));
    }

    static byte[] workbook(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("代表名册");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).size(); i++) {
                    row.createCell(i).setCellValue(rows.get(r).get(i));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static List<String> headerOf(byte[] xlsx) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            wb.getSheetAt(0).getRow(0).forEach(c -> names.add(c.getStringCellValue()));
            return names;
        }
    }

    static HttpEntity<LinkedMultiValueMap<String, Object>> upload(byte[] xlsx) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(xlsx) {
            @Override
            public String getFilename() {
                return "代表名册.xlsx";
            }
        });
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, h);
    }

    static ResponseEntity<JsonNode> post(org.springframework.boot.test.web.client.TestRestTemplate http, String path,
                                         byte[] xlsx) {
        return http.exchange(path, HttpMethod.POST, upload(xlsx), JsonNode.class);
    }
}
