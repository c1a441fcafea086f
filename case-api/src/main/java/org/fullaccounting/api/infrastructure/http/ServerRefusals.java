package org.fullaccounting.api.infrastructure.http;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Writer;

/**
 * Requests Tomcat refuses before the application sees them (a header over the size limit, a
 * control character in a header, a request line it cannot parse) get a problem body with a code
 * too, instead of Tomcat's HTML page. Spring Boot's own error report valve is replaced by one that
 * writes RFC 9457 JSON; it only writes when nothing else has (the application's answers are untouched).
 */
@Component
class ServerRefusals implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            host.addValve(new ProblemReportValve());
            if (context.getParent() instanceof StandardHost standardHost) {
                // Otherwise the host adds Tomcat's HTML valve again when it starts.
                standardHost.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** After Spring Boot's customizer, which adds the valve this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's error report, as a problem body. */
    public static class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String code = known != null ? known.name() : "HTTP_" + status;
            String title = known != null ? known.getReasonPhrase() : "Error";
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"urn:full-accounting:problem:" + code.toLowerCase().replace('_', '-')
                            + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"code\":\"" + code
                            + "\",\"detail\":\"the server could not accept this request as sent\"}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException ignored) {
                // The connection is going away; there is no one left to tell.
            }
        }
    }
}
