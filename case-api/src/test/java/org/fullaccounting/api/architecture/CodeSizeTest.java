package org.fullaccounting.api.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file that needs a scroll bar to read one method needs splitting: no main source file of
 * case-api over 300 lines, no method over 40. Methods are measured from their compiled line
 * table (first to last line holding code, lambdas included in the method that writes them).
 */
class CodeSizeTest {

    private static final int MAX_FILE_LINES = 300;
    private static final int MAX_METHOD_LINES = 40;
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void noSourceFileIsOver300Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(file).size();
                if (lines > MAX_FILE_LINES) {
                    tooLong.add(SOURCES.relativize(file) + ": " + lines);
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void noMethodIsOver40Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    new ClassReader(in).accept(new Spans(tooLong), 0);
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    /** Collects, per method, the span of source lines its code occupies. */
    private static final class Spans extends ClassVisitor {

        private final List<String> tooLong;
        private String owner;

        Spans(List<String> tooLong) {
            super(Opcodes.ASM9);
            this.tooLong = tooLong;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            owner = name;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                private int first = Integer.MAX_VALUE;
                private int last = Integer.MIN_VALUE;

                @Override
                public void visitLineNumber(int line, Label start) {
                    first = Math.min(first, line);
                    last = Math.max(last, line);
                }

                @Override
                public void visitEnd() {
                    int lines = last - first + 1;
                    // A static initializer is a table (an enum's constants, a map of codes), not logic.
                    if (first != Integer.MAX_VALUE && lines > MAX_METHOD_LINES && !name.startsWith("lambda$")
                            && !name.equals("<clinit>")) {
                        tooLong.add(owner + "." + name + ": " + lines);
                    }
                }
            };
        }
    }
}
