using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace KubeSharp.ApiServer.Metrics;

/// <summary>A histogram family with labels and fixed upper bounds (Prometheus <c>HistogramVec</c>).</summary>
public sealed class HistogramVec(string name, string help, double[] buckets, params string[] labelNames) : IMetric
{
    private readonly ConcurrentDictionary<string, Series> _series = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    public void Observe(double value, params ReadOnlySpan<string> labelValues)
    {
        var series = _series.GetOrAdd(LabelValues.Key(labelValues), _ => new Series(buckets.Length));
        series.Observe(buckets, value);
    }

    /// <summary>How many observations a label set has had.</summary>
    public long Count(params ReadOnlySpan<string> labelValues) =>
        _series.TryGetValue(LabelValues.Key(labelValues), out var series) ? series.Snapshot().Count : 0;

    public void WriteTo(StringBuilder output)
    {
        output.Append("# HELP ").Append(Name).Append(' ').Append(help).Append('\n');
        output.Append("# TYPE ").Append(Name).Append(" histogram\n");
        foreach (var (key, series) in _series.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var values = LabelValues.Split(key, labelNames.Length);
            var (counts, count, sum) = series.Snapshot();
            long cumulative = 0;
            for (var i = 0; i < buckets.Length; i++)
            {
                cumulative += counts[i];
                output.Append(Name).Append("_bucket");
                LabelValues.Write(output, labelNames, values, "le", buckets[i].ToString(CultureInfo.InvariantCulture));
                output.Append(' ').Append(cumulative.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            output.Append(Name).Append("_bucket");
            LabelValues.Write(output, labelNames, values, "le", "+Inf");
            output.Append(' ').Append(count.ToString(CultureInfo.InvariantCulture)).Append('\n');
            output.Append(Name).Append("_sum");
            LabelValues.Write(output, labelNames, values);
            output.Append(' ').Append(sum.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            output.Append(Name).Append("_count");
            LabelValues.Write(output, labelNames, values);
            output.Append(' ').Append(count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
    }

    private sealed class Series(int bucketCount)
    {
        private readonly long[] _counts = new long[bucketCount];
        private long _count;
        private double _sum;

        public void Observe(double[] bounds, double value)
        {
            lock (this)
            {
                for (var i = 0; i < bounds.Length; i++)
                {
                    if (value <= bounds[i])
                    {
                        _counts[i]++;
                        break;
                    }
                }

                _count++;
                _sum += value;
            }
        }

        public (long[] Counts, long Count, double Sum) Snapshot()
        {
            lock (this)
            {
                return ((long[])_counts.Clone(), _count, _sum);
            }
        }
    }
}
