using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace KubeSharp.ApiServer.Metrics;

/// <summary>A counter family with labels (Prometheus <c>CounterVec</c>).</summary>
public sealed class CounterVec(string name, string help, params string[] labelNames) : IMetric
{
    private readonly ConcurrentDictionary<string, StrongBox<long>> _values = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    public void Inc(params ReadOnlySpan<string> labelValues)
    {
        var box = _values.GetOrAdd(LabelValues.Key(labelValues), static _ => new StrongBox<long>());
        Interlocked.Increment(ref box.Value);
    }

    public long Get(params ReadOnlySpan<string> labelValues) =>
        _values.TryGetValue(LabelValues.Key(labelValues), out var box) ? Interlocked.Read(ref box.Value) : 0;

    public void WriteTo(StringBuilder output)
    {
        output.Append("# HELP ").Append(Name).Append(' ').Append(help).Append('\n');
        output.Append("# TYPE ").Append(Name).Append(" counter\n");
        foreach (var (key, box) in _values.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.Append(Name);
            LabelValues.Write(output, labelNames, LabelValues.Split(key, labelNames.Length));
            output.Append(' ').Append(Interlocked.Read(ref box.Value).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
    }
}
