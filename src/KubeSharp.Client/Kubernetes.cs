using KubeSharp.Api;
using KubeSharp.Api.Scheme;
using KubeSharp.Client.Config;
using KubeSharp.Client.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Client;

/// <summary>
/// The client entry point (client-go's Clientset and dynamic client in one): typed clients for every kind of
/// the scheme (<c>client.Resource&lt;Pod&gt;().Namespace("x")</c>) and dynamic clients by group/version/resource, all
/// sharing one connection pool, one rate limiter and one set of credentials.
/// </summary>
public sealed class Kubernetes : IDisposable
{
    public Kubernetes(ClientConfig config, TimeProvider? time = null, ILoggerFactory? loggerFactory = null, KubeScheme? scheme = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        Time = time ?? TimeProvider.System;
        LoggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        Scheme = scheme ?? KubeScheme.Default;
        Rest = new RestClient(config, Time, LoggerFactory.CreateLogger<RestClient>());
    }

    /// <summary>A client from the kubeconfig at <paramref name="path"/> (or the loading rules' files) and context.</summary>
    public static Kubernetes FromKubeconfig(string? path = null, string? context = null, TimeProvider? time = null, ILoggerFactory? loggerFactory = null) =>
        new(KubeconfigLoader.Load(path, context), time, loggerFactory);

    /// <summary>A client for a program running in a pod.</summary>
    public static Kubernetes InCluster(TimeProvider? time = null, ILoggerFactory? loggerFactory = null) =>
        new(InClusterConfig.Load(), time, loggerFactory);

    public RestClient Rest { get; }

    public ClientConfig Config => Rest.Config;

    public KubeScheme Scheme { get; }

    public TimeProvider Time { get; }

    public ILoggerFactory LoggerFactory { get; }

    /// <summary>The typed client of <typeparamref name="T"/>'s resource, across all namespaces until <see cref="ResourceClient{T}.Namespace"/>.</summary>
    public ResourceClient<T> Resource<T>()
        where T : KubeObject
    {
        var mapping = Scheme.FindByType<T>()
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not a kind registered in the scheme");
        return new ResourceClient<T>(Rest, mapping, null);
    }

    /// <summary>The dynamic client of a resource; <paramref name="namespaced"/> defaults to what the scheme knows (true if unknown).</summary>
    public DynamicResourceClient Dynamic(GroupVersionResource resource, bool? namespaced = null)
    {
        var scoped = namespaced ?? Scheme.FindByResource(resource)?.Namespaced ?? true;
        return new DynamicResourceClient(Rest, resource, scoped, null);
    }

    public void Dispose() => Rest.Dispose();
}
