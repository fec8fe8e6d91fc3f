package cn.renda.platform.web;

import java.util.List;

/** The shape of every list answer: {@code {"items": [...], "total": N, "page": p, "size": s}}. */
public record PageResponse<T>(List<T> items, long total, int page, int size) {
}
