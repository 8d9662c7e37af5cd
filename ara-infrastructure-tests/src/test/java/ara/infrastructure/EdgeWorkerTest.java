package ara.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import ara.contract.S3Server;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The edge worker's own tests (node --test in terraform/modules/storage), with an S3-compatible server (S3Proxy,
 * started by the testkit unless ARA_TEST_S3_ENDPOINT names one) for the presigned PUT, GET and DELETE.
 */
class EdgeWorkerTest {

    @Test
    void workerTestsPassAgainstS3() {
        String node = Tools.require("node", "the edge worker (node --test)");
        S3Server.Endpoint s3 = S3Server.endpoint();
        Tools.Result result = Tools.run(Tools.terraformDir().resolve("modules/storage"), Map.of(
                        "ARA_TEST_S3_ENDPOINT", s3.url().toString(),
                        "ARA_TEST_S3_ACCESS_KEY", s3.accessKey(),
                        "ARA_TEST_S3_SECRET_KEY", s3.secretKey(),
                        "ARA_TEST_S3_REGION", s3.region()),
                120, node, "--test");
        assertThat(result.exitCode()).as("node --test:\n%s", result.output()).isZero();
        assertThat(result.output()).as("every worker test ran (none skipped):\n%s", result.output())
                .contains("# fail 0", "# skipped 0").containsPattern("# pass (1[0-9]|[2-9][0-9])");
    }
}
