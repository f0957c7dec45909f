package dev.jsupervisor.ctl;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Python's getpass() for the shell without line editing: the password is read from the
 * controlling terminal (/dev/tty) with echo off, even when stdin is a pipe; without a
 * controlling terminal it warns on stderr and reads stdin instead, echo and all.
 */
final class Getpass {
    private static final String TTY = "/dev/tty";

    private Getpass() {}

    static String read(String prompt, PlainInput stdin) {
        try (FileInputStream tty = new FileInputStream(TTY); FileOutputStream ttyOut = new FileOutputStream(TTY)) {
            return fromTerminal(prompt, tty, ttyOut);
        } catch (IOException e) {
            System.err.print(Messages.GETPASS_WARNING + prompt);
            System.err.flush();
            try {
                return stdin.next("");
            } catch (EndOfInput eof) {
                throw eof.at(PythonText.GETPASS_PY, 148);
            }
        }
    }

    private static String fromTerminal(String prompt, InputStream tty, OutputStream ttyOut) throws IOException {
        boolean quiet = stty("-echo");
        try {
            ttyOut.write(prompt.getBytes(StandardCharsets.UTF_8));
            ttyOut.flush();
            String line = readLine(tty);
            if (line == null) {
                throw new EndOfInput("").at(PythonText.GETPASS_PY, 148);
            }
            return line;
        } finally {
            if (quiet) {
                stty("echo");
            }
            ttyOut.write('\n');
            ttyOut.flush();
        }
    }

    /** Changes the terminal's modes through stty (only on this rare path, so no native code is needed). */
    private static boolean stty(String mode) {
        try {
            Process p = new ProcessBuilder("stty", mode).redirectInput(new File(TTY))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.write(b);
        }
        return b < 0 && line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }
}
