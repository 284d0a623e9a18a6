namespace KubeSharp.Runtime;

/// <summary>CRI <c>KeyValue</c>: one environment variable.</summary>
public sealed record KeyValue(string Key, string Value);
