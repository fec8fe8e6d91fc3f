package cn.renda.devstack.demo;

import java.util.Map;
import java.util.Random;

/** training-service's part of the demo: trainings and who attended them. */
public final class TrainingDemo {

    private TrainingDemo() {
    }

    /** Returns the number of trainings planned. */
    public static int load(DemoClient client, DemoCounty county, Random random) throws Exception {
        String[][] trainings = {{"代表法专题培训", "DEPUTIES_LAW", "2024-04-18", "4"},
                {"如何审议政府工作报告", "CORE_KNOWLEDGE", "2024-06-06", "3"}};
        for (String[] tr : trainings) {
            String id = client.post(county.base() + "/trainings", Map.of("title", tr[0], "topic", tr[1], "date", tr[2],
                    "hours", Integer.parseInt(tr[3]), "organiser", "COUNTY")).get("id").asText();
            for (String deputy : county.allDeputies()) {
                if (random.nextInt(10) < 6) {
                    client.postWhenReplicated(county.base() + "/trainings/" + id + "/attendance",
                            Map.of("deputyId", deputy));
                }
            }
        }
        return trainings.length;
    }
}
