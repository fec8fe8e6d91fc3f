package cn.renda.devstack.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the deputies part of the demo created, for the other parts to refer to. */
public final class DemoCounty {

    public final String county;
    /** township code -> township name, in registration order */
    public final Map<String, String> townships = new LinkedHashMap<>();
    /** township code -> ids of its deputies */
    public final Map<String, List<String>> deputiesByTownship = new LinkedHashMap<>();

    public DemoCounty(String county) {
        this.county = county;
    }

    public String base() {
        return "/api/counties/" + county;
    }

    public List<String> allDeputies() {
        List<String> all = new ArrayList<>();
        deputiesByTownship.values().forEach(all::addAll);
        return all;
    }
}
