namespace KubeSharp.Client.Informers;

/// <summary>An informer seen without its object type: what a factory starts, stops and waits for.</summary>
public interface ISharedInformer
{
    /// <summary>Lists, watches and delivers notifications until cancelled. Runs once.</summary>
    Task RunAsync(CancellationToken cancellationToken);

    /// <summary>True once the store holds the initial list.</summary>
    bool HasSynced { get; }

    /// <summary>The resourceVersion the store reflects.</summary>
    string LastSyncResourceVersion { get; }

    bool IsStopped { get; }
}
