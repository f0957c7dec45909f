package dev.jsupervisor.config.load;

import dev.jsupervisor.config.value.PyText;
import dev.jsupervisor.config.ini.IniDocument;
import dev.jsupervisor.config.model.IncludeSection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * supervisord's [include]: reads the matched files into the document (one level only: includes
 * inside included files are not followed) and substitutes %(here)s textually, so each file's
 * %(here)s names that file's own directory.
 */
final class IncludeProcessor {
    private static final String HERE_FORMAT = "%(here)s";
    private static final String SECTION = "include";

    private final LoadContext ctx;
    private final List<String> warnings;
    private final List<String> infos;
    /** Sections first defined by an included file, to name that file in error suffixes. */
    private final Map<String, String> sectionFiles = new HashMap<>();

    IncludeProcessor(LoadContext ctx, List<String> warnings, List<String> infos) {
        this.ctx = ctx;
        this.warnings = warnings;
        this.infos = infos;
    }

    Map<String, String> sectionFiles() { return sectionFiles; }

    void process(IniDocument doc, String configFile, String here, Map<String, Object> env)
            throws ConfigException {
        if (!doc.hasSection(SECTION)) {
            return;
        }
        expandHere(doc, here);
        IncludeSection include = readSection(doc, here, env);
        String base = ConfigFiles.dirname(ConfigFiles.absolute(ctx.cwd(), configFile));
        for (String glob : include.files()) {
            String pattern = ConfigFiles.join(base, glob);
            List<String> matches = new ArrayList<>(IncludeGlob.glob(pattern));
            if (matches.isEmpty()) {
                warnings.add(Messages.includeNoMatch(pattern));
                continue;
            }
            matches.sort(PyText.CODE_POINT_ORDER);
            for (String file : matches) {
                infos.add(Messages.includeRead(file));
                readIncluded(doc, file);
                expandHere(doc, ConfigFiles.dirname(ConfigFiles.absolute(ctx.cwd(), file)));
            }
        }
    }

    private IncludeSection readSection(IniDocument doc, String here, Map<String, Object> env)
            throws ConfigException {
        String files = doc.get(SECTION, "files")
                .orElseThrow(() -> new ConfigException(Messages.includeWithoutFiles()));
        // Snapshot: [supervisord] environment= is not known yet when includes are read.
        Map<String, Object> names = new HashMap<>(env);
        names.put("here", here);
        names.put("host_node_name", ctx.hostname());
        String expanded = OptionReader.expand(files, names, "include.files");
        return new IncludeSection(PyText.split(expanded));
    }

    private void readIncluded(IniDocument doc, String file) throws ConfigException {
        String text;
        try {
            text = ConfigFiles.read(Path.of(file));
        } catch (IOException e) {
            return; // the reference silently skips files it cannot open
        }
        Set<String> before = new LinkedHashSet<>(doc.sections());
        ConfigFiles.parse(text, file, doc);
        for (String section : doc.sections()) {
            if (!before.contains(section)) {
                sectionFiles.put(section, file);
            }
        }
    }

    /** Replaces %(here)s in every option of every section (DEFAULT values land in each section). */
    static void expandHere(IniDocument doc, String here) {
        for (String section : doc.sections()) {
            for (Map.Entry<String, String> item : doc.items(section).entrySet()) {
                String value = item.getValue();
                if (value != null && value.contains(HERE_FORMAT)) {
                    doc.set(section, item.getKey(), value.replace(HERE_FORMAT, here));
                }
            }
        }
    }
}
