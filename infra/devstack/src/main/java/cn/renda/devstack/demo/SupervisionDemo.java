package cn.renda.devstack.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** supervision-service's part of the demo: deputies' written suggestions. */
public final class SupervisionDemo {

    private static final String[] CATEGORIES = {"ECONOMIC_CONSTRUCTION", "SOCIAL_UNDERTAKINGS", "TOWNSHIP_CONSTRUCTION",
            "ROADS_TRANSPORT_WATER", "AGRICULTURE", "OTHER"};

    private SupervisionDemo() {
    }

    /** Returns the number of suggestions submitted. */
    public static int load(DemoClient client, DemoCounty county, Random random) throws Exception {
        int suggestions = 0;
        for (List<String> ids : county.deputiesByTownship.values()) {
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("deputyIds", List.of(ids.get(random.nextInt(ids.size()))));
                body.put("title", "关于改善村组道路和饮水条件的建议 " + (++suggestions));
                body.put("content", "部分村组道路破损、雨季积水，群众出行不便，建议列入年度计划予以修缮。");
                body.put("category", CATEGORIES[random.nextInt(CATEGORIES.length)]);
                client.postWhenReplicated(county.base() + "/suggestions", body);
            }
        }
        return suggestions;
    }
}
