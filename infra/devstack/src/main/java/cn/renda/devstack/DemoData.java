package cn.renda.devstack;

import cn.renda.devstack.demo.CountyProfile;
import cn.renda.devstack.demo.DemoClient;
import cn.renda.devstack.demo.DemoCounty;
import cn.renda.devstack.demo.DeputiesDemo;
import cn.renda.devstack.demo.SupervisionDemo;
import cn.renda.devstack.demo.TrainingDemo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads the demo data through the gateway, with the same commands a user would send, for the five demo counties of
 * {@link CountyProfile#ALL}: the first research report's county (宜阳县, 410327) with the report's own figures, the
 * second report's county (府谷县, 610822) and three more of varied size and quality. The exact figures per county are
 * {@link DemoFigures}. Each domain's part lives in {@code demo/}. Deterministic: each county's data come from a
 * {@link Random} seeded with the county code, so every run creates the same records (only the ids differ).
 */
public final class DemoData {

    public static final String COUNTY = DemoFigures.COUNTY;

    /** The 16 townships of the first report's county (codes follow GB/T 2260's pattern: county code + 3 digits). */
    public static final List<String[]> TOWNSHIPS = CountyProfile.YIYANG.townships();

    private final String gateway;
    private final List<CountyProfile> counties;
    private final int parallelCounties;
    private final int threads;

    public DemoData(String gateway) {
        this(gateway, CountyProfile.ALL, 2, 3);
    }

    /**
     * Loads these counties, {@code parallelCounties} at a time (the largest first), each with {@code threads}
     * townships at a time: the services, not the loader, set the pace, and a few requests in flight keep them busy
     * without tripping the gateway's rate limits (a 429 is waited out anyway).
     */
    public DemoData(String gateway, List<CountyProfile> counties, int parallelCounties, int threads) {
        this.gateway = gateway;
        this.counties = List.copyOf(counties);
        this.parallelCounties = Math.max(1, parallelCounties);
        this.threads = threads;
    }

    public void load() throws Exception {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(parallelCounties);
        int deputies = 0;
        try {
            List<Future<DemoCounty>> loaded = new ArrayList<>();
            for (CountyProfile profile : counties) {
                loaded.add(pool.submit(() -> {
                    long countyStarted = System.nanoTime();
                    DemoCounty county = load(profile);
                    System.out.println("county " + profile.county() + " " + profile.figures().name() + " loaded in "
                            + seconds(countyStarted) + " s");
                    return county;
                }));
            }
            for (Future<DemoCounty> f : loaded) {
                deputies += f.get().allDeputies().size();
            }
        } finally {
            pool.shutdownNow();
        }
        int suggestions = counties.stream().mapToInt(c -> c.figures().suggestions()).sum();
        int trainings = counties.stream().mapToInt(c -> c.figures().trainings()).sum();
        System.out.println("demo data loaded in " + seconds(started) + " s: " + counties.size() + " counties, "
                + deputies + " deputies, " + suggestions + " suggestions, " + trainings + " trainings");
    }

    private DemoCounty load(CountyProfile profile) throws Exception {
        Random random = new Random(Long.parseLong(profile.county()));
        DemoCounty county = new DemoCounty(profile.county());
        DemoClient client = new DemoClient(gateway);
        client.login("admin-" + profile.county(), System.getProperty("renda.demo.password", "renda-demo"));
        DeputiesDemo.load(client, county, profile, random, threads);
        SupervisionDemo.load(client, county, profile, random, threads);
        TrainingDemo.load(client, county, profile, random);
        return county;
    }

    private static String seconds(long since) {
        return String.format("%.1f", Duration.ofNanos(System.nanoTime() - since).toMillis() / 1000.0);
    }
}
