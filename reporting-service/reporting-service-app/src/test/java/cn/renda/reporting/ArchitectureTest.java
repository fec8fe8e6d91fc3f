package cn.renda.reporting;

import cn.renda.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void the_service_follows_the_style_rules() {
        ArchitectureRules.verifyApp("cn.renda.reporting");
    }
}
