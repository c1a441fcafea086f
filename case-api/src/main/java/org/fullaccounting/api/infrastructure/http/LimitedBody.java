package org.fullaccounting.api.infrastructure.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.fullaccounting.api.application.refusals.Refusal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A request whose body (sent without a Content-Length) ends in a refusal once more than the limit
 * has been read. The failure is an IOException whose cause is the {@code PAYLOAD_TOO_LARGE} refusal:
 * whoever reads the body (Jackson, through Spring's converters) fails as with any broken body, and
 * the refusal underneath tells the problem handler to answer 413.
 */
class LimitedBody extends HttpServletRequestWrapper {

    private final long limit;
    private final Supplier<Refusal> tooLarge;
    private ServletInputStream stream;
    private BufferedReader reader;

    LimitedBody(HttpServletRequest request, long limit, Supplier<Refusal> tooLarge) {
        super(request);
        this.limit = limit;
        this.tooLarge = tooLarge;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new Counted(super.getInputStream());
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
        return reader;
    }

    private final class Counted extends ServletInputStream {
        private final ServletInputStream body;
        private long read;

        Counted(ServletInputStream body) {
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            count(next < 0 ? 0 : 1);
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                Refusal refusal = tooLarge.get();
                throw new IOException(refusal.getMessage(), refusal);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
