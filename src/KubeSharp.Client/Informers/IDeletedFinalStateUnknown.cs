namespace KubeSharp.Client.Informers;

/// <summary>A tombstone of any type: lets key functions find its key without knowing T.</summary>
public interface IDeletedFinalStateUnknown
{
    string Key { get; }
}
