package cn.renda.deputy.group.query;

import cn.renda.deputy.api.events.DeputyGroupFormedEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps {@code known_group} in the event's transaction (subscribing processor {@code group-lookup}). */
@Component
@ProcessingGroup("group-lookup")
public class GroupDirectory {

    private final KnownGroupRepository groups;

    GroupDirectory(KnownGroupRepository groups) {
        this.groups = groups;
    }

    /** Refuses a group that does not exist in this county and township. */
    public void requireInTownship(String county, String townshipCode, String groupId) {
        boolean ok = groups.findById(groupId)
                .filter(g -> g.county().equals(county) && g.townshipCode().equals(townshipCode)).isPresent();
        if (!ok) {
            throw new DomainException(422, "unknown-group", "代表小组不存在", "Unknown deputy group",
                    "乡镇 " + townshipCode + " 没有代表小组 " + groupId + "。",
                    "Township " + townshipCode + " has no deputy group " + groupId + ".");
        }
    }

    @EventHandler
    void on(DeputyGroupFormedEvent e) {
        groups.save(new KnownGroup(e.groupId(), e.county(), e.townshipCode()));
    }
}
