package cn.renda.reporting.facts;

import cn.renda.testkit.EventRecords;

import java.nio.charset.StandardCharsets;

final class EventRecordsSample {

    private EventRecordsSample() {
    }

    static byte[] json(String name) {
        return EventRecords.sample(name).getBytes(StandardCharsets.UTF_8);
    }
}
