package cn.renda.deputy.deputyimport;

import cn.renda.deputy.deputy.command.RegisterDeputyCommand;
import cn.renda.deputy.privacy.PersonalData;
import cn.renda.deputy.privacy.PersonalDataVault;
import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.security.Permissions;
import cn.renda.platform.web.Codes;
import cn.renda.platform.web.RequestMetadata;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bulk registration of deputies from the XLSX list townships fill in after an election. The whole file is checked
 * first; any bad row refuses the file (422 {@code import-rows-invalid}, {@code errors} with row, column, reason) and
 * nothing is registered. A good file is registered through the normal {@code RegisterDeputyCommand}s, several at a
 * time.
 */
@RestController
@RequestMapping("/api/counties/{county}/deputy-imports")
class DeputyImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DeputyImport reader;
    private final PersonalDataVault vault;
    private final CommandGateway gateway;
    private final Clock clock;

    DeputyImportController(DeputyImport reader, PersonalDataVault vault, CommandGateway gateway, Clock clock) {
        this.reader = reader;
        this.vault = vault;
        this.gateway = gateway;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> upload(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                             @RequestParam("file") MultipartFile file, HttpServletRequest request) throws IOException {
        Instant now = clock.instant();
        DeputyImport.Result result;
        try (InputStream in = file.getInputStream()) {
            result = reader.read(county, in, now.atZone(ZoneOffset.ofHours(8)).getYear());
        }
        if (!result.errors().isEmpty()) {
            List<Map<String, Object>> errors = new ArrayList<>();
            for (DeputyImport.RowError e : result.errors()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("row", e.row());
                m.put("column", e.column());
                m.put("reason", e.reason());
                errors.add(m);
            }
            return ProblemAdvice.problem(422, "import-rows-invalid", "代表名册有错误，未导入任何代表",
                    "The deputy list has errors; nothing was imported",
                    "共 " + errors.size() + " 处错误，请按行号和列名修改后重新上传。", errors);
        }
        result.rows().forEach(row -> Permissions.requireStaff(county, row.townshipCode()));
        MetaData metaData = RequestMetadata.of(request, county);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<String>> sent = new ArrayList<>();
            for (DeputyImport.ImportRow row : result.rows()) {
                sent.add(CompletableFuture.supplyAsync(() -> register(county, row, now, metaData), pool));
            }
            List<String> ids = new ArrayList<>();
            for (CompletableFuture<String> f : sent) {
                ids.add(f.join());
            }
            return ResponseEntity.status(201).body(Map.of("imported", ids.size(), "ids", ids));
        } finally {
            pool.shutdown();
        }
    }

    private String register(String county, DeputyImport.ImportRow r, Instant now, MetaData metaData) {
        String id = UUID.randomUUID().toString();
        String sealed = r.phone() != null || r.idCardNumber() != null || r.address() != null
                ? vault.seal(id, county, new PersonalData(r.phone(), r.idCardNumber(), r.address()))
                : null;
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterDeputyCommand(id, county,
                r.townshipCode(), r.name(), r.gender(), r.birthYear(), r.occupation(), now, r.term(), r.ethnicity(),
                r.education(), r.party(), r.reElected(), r.byElection(), r.district(), r.groupId(), r.electedOn(),
                sealed)).andMetaData(metaData));
    }

    /** The template: the header row and one example row. */
    @GetMapping("/template")
    ResponseEntity<byte[]> template(@PathVariable @Pattern(regexp = Codes.COUNTY) String county) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("代表名册");
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            List<String> sample = List.of(county + "100", "王建华", "男", "1972", "汉族", "高中、中专", "中共党员", "农民",
                    "13", "是", "否", "第一选区", "", "2021-11-20", "13800000000", "", "城关镇东关村3组");
            for (int i = 0; i < ImportColumns.ALL.size(); i++) {
                header.createCell(i).setCellValue(ImportColumns.ALL.get(i));
                example.createCell(i).setCellValue(sample.get(i));
                sheet.setColumnWidth(i, 14 * 256);
            }
            workbook.write(out);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"deputy-import-template.xlsx\"")
                    .contentType(MediaType.parseMediaType(XLSX)).body(out.toByteArray());
        }
    }
}
