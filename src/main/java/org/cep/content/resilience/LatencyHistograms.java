package org.cep.content.resilience;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.cep.content.common.ContentConfig;

/** Publishes the latency of each route (its template, never the raw path) as a Prometheus histogram. */
class LatencyHistograms {

    @Produces
    @Singleton
    MeterFilter histograms(ContentConfig config) {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig statistics) {
                if (!config.metrics().latencyHistograms() || !id.getName().equals("http.server.requests")) {
                    return statistics;
                }
                return DistributionStatisticConfig.builder().percentilesHistogram(true).build().merge(statistics);
            }
        };
    }
}
