package dev.jsupervisor.config.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jsupervisor.config.model.GroupConfig;
import dev.jsupervisor.config.model.ServerConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncludeTest {
    @TempDir
    Path dir;

    @Test
    void globsAreRelativeToTheIncludingFileAndReadInSortedOrder() throws Exception {
        Fixture f = new Fixture(dir)
                .write("conf.d/b.conf", "[program:b]\ncommand=%(here)s/b\n")
                .write("conf.d/a.conf", "[program:a]\ncommand=%(here)s/a\n")
                .write("conf.d/.hidden.conf", "[program:h]\ncommand=h\n");
        ServerConfig c = f.server("[supervisord]\n[include]\nfiles=conf.d/*.conf none/*.ini\n");
        assertEquals(List.of("a", "b"), c.groups().stream().map(GroupConfig::name).toList());
        assertEquals(dir + "/conf.d/a", c.groups().get(0).processes().get(0).command());
        assertEquals(List.of("Included extra file \"" + dir + "/conf.d/a.conf\" during parsing",
                "Included extra file \"" + dir + "/conf.d/b.conf\" during parsing"), c.messages().infos());
        assertEquals(List.of("No file matches via include \"" + dir + "/none/*.ini\""), c.messages().warnings());
    }

    @Test
    void includesInsideIncludedFilesAreNotFollowed() throws Exception {
        Fixture f = new Fixture(dir)
                .write("one.conf", "[include]\nfiles=two.conf\n[program:one]\ncommand=1\n")
                .write("two.conf", "[program:two]\ncommand=2\n");
        ServerConfig c = f.server("[supervisord]\n[include]\nfiles=one.conf\n");
        assertEquals(List.of("one"), c.groups().stream().map(GroupConfig::name).toList());
    }

    @Test
    void errorsInIncludedSectionsNameTheIncludedFile() {
        Fixture f = new Fixture(dir).write("sub/x.conf", "[program:a]\ncommand=a\nstartsecs=high\n");
        assertEquals("invalid literal for int() with base 10: 'high' in section 'program:a' (file: '"
                + dir + "/sub/x.conf')", f.serverError("[supervisord]\n[include]\nfiles=sub/x.conf\n"));
    }

    @Test
    void includeWithoutFiles() {
        assertEquals(".ini file has [include] section, but no files setting",
                new Fixture(dir).serverError("[supervisord]\n[include]\n"));
    }

    @Test
    void includeFilesSeeHostNodeName() throws Exception {
        Fixture f = new Fixture(dir).write("testhost.conf", "[program:h]\ncommand=h\n");
        assertEquals(1, f.server("[supervisord]\n[include]\nfiles=%(host_node_name)s.conf\n").groups().size());
    }

    @Test
    void globTranslation() {
        assertEquals(true, "a1.conf".matches(IncludeGlob.translate("a[0-9].conf")));
        assertEquals(false, "ab.conf".matches(IncludeGlob.translate("a[!b].conf")));
        assertEquals(true, "a[.conf".matches(IncludeGlob.translate("a[.conf")));
    }
}
