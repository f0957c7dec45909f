package dev.jsupervisor.e2e.dist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Just enough of the tar format to list a .tar.gz: entry names and permission bits. Understands
 * ustar name prefixes, GNU long names ('L') and POSIX extended "path" records ('x').
 */
final class TarReader {
    private static final int BLOCK = 512;

    private TarReader() {}

    /** Entry name to mode, in archive order; directories end with '/'. */
    static Map<String, Integer> entries(Path tarGz) throws IOException {
        Map<String, Integer> entries = new LinkedHashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarGz))) {
            String longName = null;
            byte[] header;
            while ((header = in.readNBytes(BLOCK)).length == BLOCK && header[0] != 0) {
                long size = octal(header, 124, 12);
                byte[] data = readData(in, size);
                char type = (char) header[156];
                if (type == 'L') {
                    longName = cString(data, 0, data.length);
                } else if (type == 'x') {
                    longName = paxPath(new String(data, StandardCharsets.UTF_8));
                } else {
                    String name = longName != null ? longName : ustarName(header);
                    entries.put(name, (int) octal(header, 100, 8));
                    longName = null;
                }
            }
        }
        return entries;
    }

    private static byte[] readData(InputStream in, long size) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
        byte[] all = in.readNBytes((int) padded);
        data.write(all, 0, (int) Math.min(size, all.length));
        return data.toByteArray();
    }

    private static String ustarName(byte[] header) {
        String name = cString(header, 0, 100);
        boolean ustar = cString(header, 257, 6).startsWith("ustar");
        String prefix = ustar ? cString(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String paxPath(String records) {
        for (String record : records.split("\n")) {
            int eq = record.indexOf(" path=");
            if (eq >= 0) {
                return record.substring(eq + " path=".length());
            }
        }
        return null;
    }

    private static long octal(byte[] header, int offset, int length) {
        String text = cString(header, offset, length).trim();
        return text.isEmpty() ? 0 : Long.parseLong(text, 8);
    }

    private static String cString(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }
}
