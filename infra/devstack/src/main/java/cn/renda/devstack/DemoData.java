package cn.renda.devstack;

import cn.renda.devstack.demo.DemoClient;
import cn.renda.devstack.demo.DemoCounty;
import cn.renda.devstack.demo.DeputiesDemo;
import cn.renda.devstack.demo.SupervisionDemo;
import cn.renda.devstack.demo.TrainingDemo;

import java.util.List;
import java.util.Random;

/**
 * Loads the demo data through the gateway, with the same commands a user would send: the seed's first county
 * (宜阳县, 410327) with its 16 townships, a sample of deputies in each, suggestions and trainings with attendance.
 * Each domain's part lives in {@code demo/}; the seed's full figures (1,062 deputies, 395 suggestions, 21 trainings
 * with 900+ person-times...) arrive with the domain issues. Deterministic: the same seed gives the same data.
 */
public final class DemoData {

    public static final String COUNTY = "410327";

    /** The 16 townships of the first report's county (codes follow GB/T 2260's pattern: county code + 3 digits). */
    public static final List<String[]> TOWNSHIPS = List.of(
            new String[]{"410327100", "城关镇"}, new String[]{"410327101", "丰李镇"},
            new String[]{"410327102", "柳泉镇"}, new String[]{"410327103", "韩城镇"},
            new String[]{"410327104", "白杨镇"}, new String[]{"410327105", "香鹿山镇"},
            new String[]{"410327106", "锦屏镇"}, new String[]{"410327107", "三乡镇"},
            new String[]{"410327108", "张坞镇"}, new String[]{"410327109", "莲庄镇"},
            new String[]{"410327110", "樊村镇"}, new String[]{"410327111", "高村镇"},
            new String[]{"410327112", "赵保镇"}, new String[]{"410327200", "盐镇乡"},
            new String[]{"410327201", "董王庄乡"}, new String[]{"410327202", "上观乡"});

    private final DemoClient client;

    public DemoData(String gateway) {
        this.client = new DemoClient(gateway);
    }

    public void load() throws Exception {
        Random random = new Random(410327);
        DemoCounty county = new DemoCounty(COUNTY);
        client.login("admin-" + COUNTY, System.getProperty("renda.demo.password", "renda-demo"));
        DeputiesDemo.load(client, county, TOWNSHIPS, random);
        int suggestions = SupervisionDemo.load(client, county, random);
        int trainings = TrainingDemo.load(client, county, random);
        System.out.println("demo data loaded: " + county.townships.size() + " townships, "
                + county.allDeputies().size() + " deputies, " + suggestions + " suggestions, " + trainings + " trainings");
    }
}
