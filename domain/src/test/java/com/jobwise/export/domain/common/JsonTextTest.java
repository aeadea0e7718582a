package com.jobwise.export.domain.common;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTextTest {

    @Test
    void writesNestedTreesWithEscapes() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("name", "Zoë \"Z\" \\ /\n\t\u0001");
        tree.put("size", 42);
        tree.put("ratio", 0.5);
        tree.put("ok", true);
        tree.put("none", null);
        tree.put("list", Arrays.asList(1, "two", null, List.of(), Map.of()));

        assertThat(JsonText.write(tree)).isEqualTo("""
                {
                  "name": "Zoë \\"Z\\" \\\\ /\\n\\t\\u0001",
                  "size": 42,
                  "ratio": 0.5,
                  "ok": true,
                  "none": null,
                  "list": [
                    1,
                    "two",
                    null,
                    [],
                    {}
                  ]
                }
                """);
    }

    @Test
    void loneSurrogatesAreEscapedAndPairsKept() {
        assertThat(JsonText.write("a\uD800b😀")).isEqualTo("\"a\\ud800b😀\"\n");
    }
}
