using KubeSharp.ApiServer.Metrics;

namespace KubeSharp.ApiServer.Tests.Metrics;

public sealed class MetricsRegistryTests
{
    [Fact]
    public void Render_CounterAndHistogram_UsePrometheusTextFormat()
    {
        var registry = new MetricsRegistry();
        var counter = registry.Register(new CounterVec("requests_total", "Requests.", "verb", "code"));
        var histogram = registry.Register(new HistogramVec("latency_seconds", "Latency.", [0.1, 1], "verb"));
        counter.Inc("GET", "200");
        counter.Inc("GET", "200");
        counter.Inc("POST", "4\"0\\1\n");
        histogram.Observe(0.05, "GET");
        histogram.Observe(0.5, "GET");
        histogram.Observe(5, "GET");

        var text = registry.Render();

        Assert.Equal(
            """
            # HELP requests_total Requests.
            # TYPE requests_total counter
            requests_total{verb="GET",code="200"} 2
            requests_total{verb="POST",code="4\"0\\1\n"} 1
            # HELP latency_seconds Latency.
            # TYPE latency_seconds histogram
            latency_seconds_bucket{verb="GET",le="0.1"} 1
            latency_seconds_bucket{verb="GET",le="1"} 2
            latency_seconds_bucket{verb="GET",le="+Inf"} 3
            latency_seconds_sum{verb="GET"} 5.55
            latency_seconds_count{verb="GET"} 3

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            text);
    }

    [Fact]
    public void Register_SameNameTwice_Throws()
    {
        var registry = new MetricsRegistry();
        registry.Register(new CounterVec("x_total", "X."));

        Assert.Throws<InvalidOperationException>(() => registry.Register(new GaugeVec("x_total", "X.")));
    }
}
