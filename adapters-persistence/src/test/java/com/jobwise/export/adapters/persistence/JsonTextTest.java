package com.jobwise.export.adapters.persistence;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JSON trees through the TEXT columns. */
class JsonTextTest {

    @Test
    void numbersComeBackAsTheNarrowestNumberType() {
        Map<String, Object> tree = JsonText.read(
                "{\"small\": 2, \"large\": 9007199254740993, \"huge\": 123456789012345678901234567890, \"decimal\": 3.8}",
                "test");
        assertThat(tree.get("small")).isEqualTo(2);
        assertThat(tree.get("large")).isEqualTo(9007199254740993L);
        assertThat(tree.get("huge")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(tree.get("decimal")).isEqualTo(3.8);
    }

    @Test
    void keyOrderNestingNullsAndUnicodeSurviveARoundTrip() {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (String key : List.of("zeta", "alpha", "mu", "beta", "omega", "gamma")) {
            tree.put(key, key.length());
        }
        tree.put("nested", new LinkedHashMap<>(Map.of("only", List.of(1, "two", true))));
        tree.put("nothing", null);
        tree.put("list", new ArrayList<>(Arrays.asList("a", null, 2.5)));
        tree.put("text", "Zoë “quoted” € \n\t\\ </script>");

        String text = JsonText.write(tree);
        Map<String, Object> back = JsonText.read(text, "test");

        assertThat(back).isEqualTo(tree);
        assertThat(back.keySet()).containsExactlyElementsOf(tree.keySet());
        assertThat(text).startsWith("{\"zeta\":4,\"alpha\":5");
    }

    @Test
    void nullIsSqlNullBothWays() {
        assertThat(JsonText.write(null)).isNull();
        assertThat(JsonText.read(null, "test")).isNull();
        assertThat(JsonText.write(Map.of())).isEqualTo("{}");
    }

    @Test
    void textThatIsNotAJsonObjectIsACorruptRow() {
        assertThatThrownBy(() -> JsonText.read("[1, 2]", "exports.options")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exports.options");
        assertThatThrownBy(() -> JsonText.read("{\"a\": ", "exports.metadata"))
                .isInstanceOf(IllegalStateException.class);
    }
}
