using System.Globalization;
using System.Text;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Client.Internal;

/// <summary>Builds a request's query string from options, with upstream's parameter names.</summary>
internal sealed class QueryBuilder
{
    private readonly StringBuilder _query = new();

    public QueryBuilder Add(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }

        _query.Append(_query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        return this;
    }

    public QueryBuilder Add(string name, long? value) =>
        value is { } number ? Add(name, number.ToString(CultureInfo.InvariantCulture)) : this;

    public QueryBuilder Add(string name, bool? value) =>
        value is { } flag ? Add(name, flag ? "true" : "false") : this;

    public QueryBuilder AddList(ListOptions? options)
    {
        if (options is null)
        {
            return this;
        }

        return Add("labelSelector", options.LabelSelector)
            .Add("fieldSelector", options.FieldSelector)
            .Add("resourceVersion", options.ResourceVersion)
            .Add("resourceVersionMatch", options.ResourceVersionMatch)
            .Add("timeoutSeconds", options.TimeoutSeconds)
            .Add("limit", options.Limit is > 0 ? options.Limit : null)
            .Add("continue", options.Continue)
            .Add("allowWatchBookmarks", options.AllowWatchBookmarks == true ? true : null)
            .Add("sendInitialEvents", options.SendInitialEvents);
    }

    public QueryBuilder AddDryRun(List<string>? dryRun)
    {
        foreach (var value in dryRun ?? [])
        {
            Add("dryRun", value);
        }

        return this;
    }

    public override string ToString() => _query.ToString();
}
