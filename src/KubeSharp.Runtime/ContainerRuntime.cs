using System.Collections.Concurrent;
using System.Text.Json;
using KubeSharp.Runtime.Cni;
using KubeSharp.Runtime.Images;
using KubeSharp.Runtime.Internal;
using KubeSharp.Runtime.Oci;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Runtime;

/// <summary>
/// KubeSharp's container runtime: CRI's two services over real parts. Pod sandboxes are pinned namespaces
/// (plus a catatonit infra container when the pod shares one PID namespace) wired by CNI plugins; containers
/// are runc containers supervised by conmon, so they keep running and logging when this process exits. All
/// state is on disk; <see cref="StartAsync"/> re-adopts whatever is still running.
/// </summary>
public sealed partial class ContainerRuntime : IContainerRuntime, IDisposable
{
    public const string RuntimeName = "kubesharp";

    private readonly RuntimeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ContainerRuntime> _logger;
    private readonly Runc _runc;
    private readonly Conmon _conmon;
    private readonly CniManager _cni;
    private readonly ConcurrentDictionary<string, SandboxRecord> _sandboxes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ContainerRecord> _containers = new(StringComparer.Ordinal);
    private readonly KeyedLock _locks = new();
    private readonly Lock _names = new();
    private readonly ConcurrentDictionary<string, (DateTimeOffset Time, ulong Usage)> _cpuSamples = new();

    private ContainerRuntime(RuntimeOptions options, TimeProvider time, ILoggerFactory loggers)
    {
        _options = options;
        _time = time;
        _logger = loggers.CreateLogger<ContainerRuntime>();
        Images = new ImageService(new ImageServiceOptions { Root = options.Root, Registries = options.Registries }, time, loggers);
        Images.SnapshotsInUse = () => _containers.Values.SelectMany(c => c.ChainIds);
        _runc = new Runc(options.RuncPath, Path.Combine(options.State, "runc"));
        _conmon = new Conmon(options.ConmonPath, _runc, Path.Combine(options.State, "exits"), Path.Combine(options.State, "attach"));
        _cni = new CniManager(options.Cni, _logger);
    }

    /// <summary>The image service (CRI ImageService) this runtime uses.</summary>
    public ImageService Images { get; }

    public RuntimeOptions Options => _options;

    private string SandboxesRoot => Path.Combine(_options.Root, "sandboxes");

    private string ContainersRoot => Path.Combine(_options.Root, "containers");

    private string SandboxesState => Path.Combine(_options.State, "sandboxes");

    private string ContainersState => Path.Combine(_options.State, "containers");

    /// <summary>
    /// Opens the runtime over its directories: checks the tools, loads every sandbox and container record,
    /// refreshes their state from conmon's exit files and the live processes (re-adoption after a restart),
    /// and imports the image directory if one is configured.
    /// </summary>
    public static async Task<ContainerRuntime> StartAsync(RuntimeOptions options, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken = default)
    {
        foreach (var (name, path) in new[] { ("runc", options.RuncPath), ("conmon", options.ConmonPath) })
        {
            if (!File.Exists(path))
            {
                throw new RuntimeException(RuntimeErrorCode.Unavailable, $"{name} not found at {path}");
            }
        }

        var runtime = new ContainerRuntime(options, time, loggers);
        foreach (var directory in new[] { runtime.SandboxesRoot, runtime.ContainersRoot, runtime.SandboxesState, runtime.ContainersState, runtime._runc.Root, Path.Combine(options.State, "exits"), Path.Combine(options.State, "attach") })
        {
            Directory.CreateDirectory(directory);
        }

        await runtime.RecoverAsync(cancellationToken).ConfigureAwait(false);
        if (options.ImageImportDirectory is { } imports && Directory.Exists(imports))
        {
            await new ImageImporter(runtime.Images, time).ImportDirectoryAsync(imports, cancellationToken).ConfigureAwait(false);
        }

        return runtime;
    }

    public Task<VersionResponse> VersionAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new VersionResponse
        {
            RuntimeName = RuntimeName,
            RuntimeVersion = typeof(ContainerRuntime).Assembly.GetName().Version?.ToString(3) ?? "0.1.0",
            RuntimeApiVersion = "v1",
        });

    public Task<RuntimeStatusResponse> StatusAsync(bool verbose = false, CancellationToken cancellationToken = default)
    {
        var runtimeReady = File.Exists(_options.RuncPath) && File.Exists(_options.ConmonPath);
        var networkReady = _cni.IsReady;
        var info = new Dictionary<string, string>();
        if (verbose)
        {
            info["config"] = JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["root"] = _options.Root,
                ["state"] = _options.State,
                ["runc"] = _options.RuncPath,
                ["conmon"] = _options.ConmonPath,
                ["cniConfigDirectory"] = _options.Cni.ConfigDirectory,
            });
        }

        return Task.FromResult(new RuntimeStatusResponse
        {
            Conditions =
            [
                new RuntimeCondition { Type = RuntimeCondition.RuntimeReady, Status = runtimeReady, Reason = runtimeReady ? "" : "RuntimeNotReady", Message = runtimeReady ? "" : "runc or conmon is missing" },
                new RuntimeCondition { Type = RuntimeCondition.NetworkReady, Status = networkReady, Reason = networkReady ? "" : "NetworkPluginNotReady", Message = _cni.NetworkStatusMessage ?? "" },
            ],
            Info = info,
        });
    }

    public Task UpdateRuntimeConfigAsync(RuntimeConfig config, CancellationToken cancellationToken = default)
    {
        if (config.PodCidr.Length > 0 && config.PodCidr != _cni.PodCidr)
        {
            _cni.PodCidr = config.PodCidr;
            LogPodCidr(_logger, config.PodCidr);
        }

        return Task.CompletedTask;
    }

    public void Dispose() => Images.Dispose();

    private static string NewId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    private static bool MatchesLabels(IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> selector) =>
        selector.All(s => labels.TryGetValue(s.Key, out var value) && value == s.Value);

    private void SaveSandbox(SandboxRecord record)
    {
        _sandboxes[record.Id] = record;
        WriteJson(Path.Combine(SandboxesRoot, record.Id, "sandbox.json"), JsonSerializer.SerializeToUtf8Bytes(record, RuntimeJsonContext.Default.SandboxRecord));
    }

    private void SaveContainer(ContainerRecord record)
    {
        _containers[record.Id] = record;
        WriteJson(Path.Combine(ContainersRoot, record.Id, "container.json"), JsonSerializer.SerializeToUtf8Bytes(record, RuntimeJsonContext.Default.ContainerRecord));
    }

    private static void WriteJson(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }

    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        foreach (var file in Directory.EnumerateDirectories(SandboxesRoot).Select(d => Path.Combine(d, "sandbox.json")).Where(File.Exists))
        {
            if (JsonSerializer.Deserialize(File.ReadAllBytes(file), RuntimeJsonContext.Default.SandboxRecord) is { } sandbox)
            {
                // After a reboot the pinned namespaces are gone: the sandbox can only be stopped and removed.
                var intact = sandbox.PinnedNamespaces.All(Sandbox.NamespacePinner.IsPinned);
                _sandboxes[sandbox.Id] = intact ? sandbox : sandbox with { State = PodSandboxState.NotReady };
            }
        }

        foreach (var file in Directory.EnumerateDirectories(ContainersRoot).Select(d => Path.Combine(d, "container.json")).Where(File.Exists))
        {
            if (JsonSerializer.Deserialize(File.ReadAllBytes(file), RuntimeJsonContext.Default.ContainerRecord) is { } container)
            {
                _containers[container.Id] = container;
                await RefreshAsync(container.Id, cancellationToken).ConfigureAwait(false);
            }
        }

        var adopted = _containers.Count(c => !c.Value.IsInfra);
        LogRecovered(_logger, _sandboxes.Count, adopted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-adopted {Sandboxes} sandboxes and {Containers} containers")]
    private static partial void LogRecovered(ILogger logger, int sandboxes, int containers);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pod CIDR set to {PodCidr}")]
    private static partial void LogPodCidr(ILogger logger, string podCidr);
}
