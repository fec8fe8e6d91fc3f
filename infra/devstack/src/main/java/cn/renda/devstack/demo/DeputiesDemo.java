package cn.renda.devstack.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** deputy-service's part of the demo: townships and deputies. */
public final class DeputiesDemo {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"};
    private static final String[] GIVEN = {"建华", "秀英", "国强", "丽娟", "志刚", "桂兰", "海燕", "德明", "红梅", "永强", "春生", "玉兰", "振华", "淑珍", "文杰", "小平"};
    private static final String[] OCCUPATIONS = {"CADRE", "CADRE", "FARMER", "FARMER", "FARMER", "WORKER", "PROFESSIONAL", "BUSINESS", "OTHER"};

    private DeputiesDemo() {
    }

    public static void load(DemoClient client, DemoCounty county, List<String[]> townships, Random random) throws Exception {
        for (String[] t : townships) {
            client.post(county.base() + "/townships", Map.of("code", t[0], "name", t[1]));
            county.townships.put(t[0], t[1]);
        }
        for (String[] t : townships) {
            List<String> ids = new ArrayList<>();
            int n = 5 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("townshipCode", t[0]);
                body.put("name", SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]);
                body.put("gender", random.nextInt(10) < 7 ? "MALE" : "FEMALE");
                body.put("birthYear", 1960 + random.nextInt(40));
                body.put("occupation", OCCUPATIONS[random.nextInt(OCCUPATIONS.length)]);
                ids.add(client.post(county.base() + "/deputies", body).get("id").asText());
            }
            county.deputiesByTownship.put(t[0], ids);
        }
    }
}
