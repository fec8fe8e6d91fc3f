package cn.renda.training;

import cn.renda.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void the_service_follows_the_style_rules() {
        ArchitectureRules.verifyApp("cn.renda.training");
    }

    @Test
    void the_published_events_are_versioned_records_without_infrastructure() {
        ArchitectureRules.verifyApi("cn.renda.training.api");
    }
}
