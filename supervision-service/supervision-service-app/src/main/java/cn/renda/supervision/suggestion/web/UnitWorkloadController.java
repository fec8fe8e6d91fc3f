package cn.renda.supervision.suggestion.web;

import cn.renda.platform.problem.ProblemAdvice;
import cn.renda.platform.web.Codes;
import cn.renda.supervision.shared.Access;
import cn.renda.supervision.suggestion.query.SuggestionQueries;
import cn.renda.supervision.unit.query.HandlingUnitDirectory;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** A handling unit's suggestion workload: open, due soon, overdue, replied, closed. A unit reads only its own. */
@RestController
class UnitWorkloadController {

    private final HandlingUnitDirectory units;
    private final SuggestionQueries queries;

    UnitWorkloadController(HandlingUnitDirectory units, SuggestionQueries queries) {
        this.units = units;
        this.queries = queries;
    }

    @GetMapping("/api/counties/{county}/handling-units/{id}/workload")
    ResponseEntity<?> workload(@PathVariable @Pattern(regexp = Codes.COUNTY) String county, @PathVariable String id) {
        if (units.find(county, id).isEmpty() || !Access.mayRead(Access.Records.UNIT_WORKLOAD, Map.of("unitId", id))) {
            return ProblemAdvice.notFound();
        }
        return ResponseEntity.ok(queries.workload(county, id));
    }
}
