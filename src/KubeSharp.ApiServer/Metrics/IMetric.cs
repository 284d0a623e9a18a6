using System.Text;

namespace KubeSharp.ApiServer.Metrics;

/// <summary>A metric family that can write itself in the Prometheus text exposition format (0.0.4).</summary>
public interface IMetric
{
    string Name { get; }

    void WriteTo(StringBuilder output);
}
