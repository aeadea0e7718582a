package com.jobwise.export.adapters.rendering.docx;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production runs with poi-ooxml-lite only, whose XmlBeans type system lacks many schema types;
 * the test class path also holds poi-ooxml-full, which would hide a missing type. This test
 * renders every sample again in a class loader without poi-ooxml-full.
 */
class LiteClasspathTest {

    @Test
    void rendersEverySampleWithTheProductionSchemasOnly() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : OoxmlPackageCheck.classPath()) {
            if (!new File(entry).getName().startsWith("poi-ooxml-full-")) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        try (URLClassLoader lite = new URLClassLoader("lite-only", urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            String onlyInFull = "org/openxmlformats/schemas/wordprocessingml/x2006/main/CTCompat.class";
            assertThat(lite.getResource(onlyInFull)).as("poi-ooxml-full is out of the class loader").isNull();
            assertThat(lite.getResource("org/apache/poi/schemas/ooxml/system/ooxml/TypeSystemHolder.class"))
                    .as("poi-ooxml-lite is in").isNotNull();

            Class<?> check = Class.forName(LiteRenderCheck.class.getName(), true, lite);
            assertThat(check.getClassLoader()).isSameAs(lite);
            try {
                int files = (int) check.getMethod("run").invoke(null);
                assertThat(files).isEqualTo(Samples.all().size() * 4 * 2);
            } catch (InvocationTargetException e) {
                throw new AssertionError("rendering fails with poi-ooxml-lite alone", e.getCause());
            }
        }
    }
}
