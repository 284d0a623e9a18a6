namespace KubeSharp.Storage.Tests.Linearizability;

/// <summary>One key as the sequential model sees it: absent, or a value at a modRevision.</summary>
public readonly record struct RegisterState(bool Exists, string Value, long ModRevision);
