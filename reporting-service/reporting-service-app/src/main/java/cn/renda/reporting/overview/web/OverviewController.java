package cn.renda.reporting.overview.web;

import cn.renda.platform.web.Codes;
import cn.renda.reporting.api.CountyOverviewView;
import cn.renda.reporting.overview.query.CountyOverviewQueries;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OverviewController {

    private final CountyOverviewQueries queries;

    OverviewController(CountyOverviewQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/counties/{county}/overview")
    CountyOverviewView overview(@PathVariable @Pattern(regexp = Codes.COUNTY) String county) {
        return queries.overview(county);
    }
}
