package cn.renda.supervision.shared;

import cn.renda.platform.problem.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rectification items (整改事项) of an enforcement inspection or a work report, as their aggregates keep them:
 * the rules for adding, completing and closing, free of any infrastructure.
 */
public final class RectificationItems {

    private final Map<String, LocalDate> open = new HashMap<>();
    private final Set<String> all = new HashSet<>();

    public void requireNew(String itemId, LocalDate deadline, LocalDate notBefore) {
        if (all.contains(itemId)) {
            throw new DomainException(409, "rectification-item-exists", "整改事项已存在", "Rectification item exists",
                    "该事项编号已使用。", "The rectification item id is already used.");
        }
        if (deadline == null || !deadline.isAfter(notBefore)) {
            throw new DomainException(422, "deadline-invalid", "整改期限无效", "Invalid deadline",
                    "整改期限须晚于检查或报告日期。", "The deadline must be after the day of the inspection or report.");
        }
    }

    /** Whether completing the open item at this time is on time; refuses an item that is not open. */
    public boolean requireOpenAndOnTime(String itemId, Instant completedAt) {
        LocalDate deadline = open.get(itemId);
        if (deadline == null) {
            throw new DomainException(409, "rectification-item-not-open", "整改事项不存在或已完成",
                    "No such open rectification item", "没有待完成的此项整改事项。",
                    "There is no such open rectification item.");
        }
        return !ChinaTime.dateOf(completedAt).isAfter(deadline);
    }

    public void requireAllDone() {
        if (!open.isEmpty()) {
            throw new DomainException(409, "rectification-open", "仍有整改事项未完成", "Rectification items still open",
                    "还有 " + open.size() + " 项整改事项未完成。", open.size() + " rectification items are still open.");
        }
    }

    public void added(String itemId, LocalDate deadline) {
        open.put(itemId, deadline);
        all.add(itemId);
    }

    public void completed(String itemId) {
        open.remove(itemId);
    }

    public int count() {
        return all.size();
    }
}
