package cn.renda.training.material.web;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.web.Codes;
import cn.renda.training.api.LegalTopic;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Training materials (培训资料汇编) compiled by the county: files kept in MongoDB GridFS (bucket {@code materials}),
 * with their county, title, legal topic, optional training and content type as GridFS metadata. Files are content,
 * not decisions: they are stored directly, not through an event.
 */
@RestController
@RequestMapping("/api/counties/{county}/materials")
class MaterialController {

    record Material(String id, String filename, String title, String topic, String trainingId, String contentType,
                    long length, String uploadedAt) {
    }

    /** Below the gateway's request size limit (20 MB) with room for the form's other parts. */
    static final long MAX_BYTES = 19L * 1024 * 1024;

    private final GridFSBucket bucket;
    private final Clock clock;

    MaterialController(MongoDatabase db, Clock clock) {
        this.bucket = GridFSBuckets.create(db, "materials");
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> upload(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                               @RequestPart("file") MultipartFile file,
                               @RequestParam @Size(min = 1, max = 200) String title,
                               @RequestParam LegalTopic topic,
                               @RequestParam(required = false) @Size(max = 64) String trainingId) throws IOException {
        if (file.isEmpty() || file.getSize() > MAX_BYTES) {
            throw new DomainException(422, "invalid-material", "资料文件无效", "Invalid material",
                    "资料文件须非空且不超过 19 MB。", "A material file must be non-empty and at most 19 MB.");
        }
        String filename = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "material" : file.getOriginalFilename().strip();
        Document metadata = new Document("county", county)
                .append("title", title.strip())
                .append("topic", topic.name())
                .append("trainingId", trainingId)
                .append("contentType", file.getContentType() == null
                        ? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.getContentType())
                .append("uploadedAt", clock.instant().toString());
        ObjectId id;
        try (InputStream in = file.getInputStream()) {
            id = bucket.uploadFromStream(filename, in, new GridFSUploadOptions().metadata(metadata));
        }
        return Map.of("id", id.toHexString(), "length", file.getSize());
    }

    @GetMapping
    Map<String, Object> list(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                             @RequestParam(required = false) LegalTopic topic,
                             @RequestParam(required = false) @Size(max = 64) String trainingId,
                             @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int size) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("metadata.county", county)));
        if (topic != null) {
            filters.add(Filters.eq("metadata.topic", topic.name()));
        }
        if (trainingId != null) {
            filters.add(Filters.eq("metadata.trainingId", trainingId));
        }
        List<Material> items = new ArrayList<>();
        bucket.find(Filters.and(filters)).sort(Sorts.descending("uploadDate")).limit(size)
                .forEach(f -> items.add(material(f)));
        return Map.of("items", items);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> download(@PathVariable @Pattern(regexp = Codes.COUNTY) String county,
                               @PathVariable @Pattern(regexp = "[0-9a-f]{24}") String id) {
        GridFSFile file = bucket.find(Filters.eq("_id", new ObjectId(id))).first();
        if (file == null || file.getMetadata() == null || !county.equals(file.getMetadata().getString("county"))) {
            return ProblemAdvice.notFound();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) file.getLength());
        bucket.downloadToStream(file.getObjectId(), bytes);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.getMetadata().getString("contentType")))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFilename(), StandardCharsets.UTF_8).build().toString())
                .body(bytes.toByteArray());
    }

    private static Material material(GridFSFile f) {
        Document m = f.getMetadata() == null ? new Document() : f.getMetadata();
        return new Material(f.getObjectId().toHexString(), f.getFilename(), m.getString("title"), m.getString("topic"),
                m.getString("trainingId"), m.getString("contentType"), f.getLength(), m.getString("uploadedAt"));
    }
}
