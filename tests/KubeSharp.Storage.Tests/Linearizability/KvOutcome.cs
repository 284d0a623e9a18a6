namespace KubeSharp.Storage.Tests.Linearizability;

/// <summary>What a client saw: success, or one of the typed refusals.</summary>
public enum KvOutcome
{
    Ok,
    Exists,
    Conflict,
    NotFound,
}
