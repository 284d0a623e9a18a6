using System.Text;

namespace KubeSharp.ApiServer.Metrics;

/// <summary>The metric families served at <c>/metrics</c>, written in registration order.</summary>
public sealed class MetricsRegistry
{
    private readonly List<IMetric> _metrics = [];

    public T Register<T>(T metric)
        where T : IMetric
    {
        lock (_metrics)
        {
            if (_metrics.Any(m => m.Name == metric.Name))
            {
                throw new InvalidOperationException($"metric {metric.Name} is registered twice");
            }

            _metrics.Add(metric);
        }

        return metric;
    }

    /// <summary>The whole exposition, Prometheus text format 0.0.4.</summary>
    public string Render()
    {
        var output = new StringBuilder();
        lock (_metrics)
        {
            foreach (var metric in _metrics)
            {
                metric.WriteTo(output);
            }
        }

        return output.ToString();
    }
}
