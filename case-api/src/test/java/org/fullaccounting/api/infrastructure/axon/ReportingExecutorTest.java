package org.fullaccounting.api.infrastructure.axon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ReportingExecutorTest {

    @Test
    void aWorkPackageTaskEndedByAnErrorIsLoggedWithTheProcessorsName(CapturedOutput output) throws Exception {
        ReportingExecutor workers = ReportingExecutor.workers("history");
        workers.submit(() -> {
            throw new AssertionError("handler blew up");
        });
        workers.shutdown();
        assertThat(workers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(output).contains("A task of WorkPackage[history] ended with a failure").contains("handler blew up");
    }

    @Test
    void aCoordinatorTaskEndedByAnExceptionIsLoggedAndOneThatEndsNormallyIsNot(CapturedOutput output) throws Exception {
        ReportingExecutor coordinator = ReportingExecutor.coordinator("history");
        coordinator.schedule(() -> { }, 0, TimeUnit.MILLISECONDS);
        coordinator.submit(() -> {
            throw new IllegalStateException("abort failed");
        });
        coordinator.shutdown();
        assertThat(coordinator.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(output).contains("A task of Coordinator[history] ended with a failure").contains("abort failed");
        assertThat(output.toString().split("ended with a failure", -1)).hasSize(2);
    }

    @Test
    void itsThreadsAreNamedAsAxonNamesThem() throws Exception {
        ReportingExecutor workers = ReportingExecutor.workers("board");
        String name = workers.submit(() -> Thread.currentThread().getName()).get();
        workers.shutdown();

        assertThat(name).startsWith("WorkPackage[board]-");
        assertThat(workers.getCorePoolSize()).isEqualTo(4);
        assertThat(ReportingExecutor.coordinator("board").getCorePoolSize()).isEqualTo(1);
    }
}
