package cn.renda.supervision.shared;

import cn.renda.platform.problem.DomainException;
import cn.renda.platform.problem.ProblemTypes;

/** The 404 problem for a record that is absent or belongs to another county (the two are not told apart). */
public final class NotFound {

    private NotFound() {
    }

    public static DomainException of(String what) {
        return new DomainException(404, ProblemTypes.NOT_FOUND, "未找到", "Not found",
                "本县没有该" + what + "记录。", "The county has no such record (" + what + ").");
    }
}
