using KubeSharp.Api;
using KubeSharp.Api.Core.V1;
using KubeSharp.Machinery.Defaults;
using KubeSharp.Machinery.Validation;
using KubeSharp.Machinery.Validation.Core;

namespace KubeSharp.Machinery.Tests.Validation;

public class PodValidationTests
{
    private const string UpdateForbidden =
        "spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`," +
        "`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations)," +
        "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";

    internal static Pod NewPod(Action<Pod>? edit = null, bool defaults = true)
    {
        var pod = new Pod
        {
            Metadata = new() { Name = "web", Namespace = "default" },
            Spec = new PodSpec { Containers = [new Container { Name = "app", Image = "nginx:1.27" }] },
        };
        edit?.Invoke(pod);
        if (defaults)
        {
            CoreDefaults.SetDefaultsPod(pod);
        }

        return pod;
    }

    private static List<string> Create(Action<Pod> edit, bool defaults = true) =>
        PodValidation.ValidatePodCreate(NewPod(edit, defaults)).Select(e => e.ToString()).ToList();

    private static List<string> Update(Action<Pod> edit, Action<Pod>? editOld = null)
    {
        var old = NewPod(p =>
        {
            p.Metadata.ResourceVersion = "1";
            editOld?.Invoke(p);
        });
        var updated = NewPod(p =>
        {
            p.Metadata.ResourceVersion = "1";
            editOld?.Invoke(p);
            edit(p);
        });
        return PodValidation.ValidatePodUpdate(updated, old).Select(e => e.ToString()).ToList();
    }

    [Fact]
    public void ValidPod_HasNoErrors()
    {
        Assert.Empty(PodValidation.ValidatePodCreate(NewPod()));
    }

    [Fact]
    public void FullyFeaturedPod_HasNoErrors()
    {
        var pod = NewPod(p =>
        {
            p.Spec.Volumes = [new Volume { Name = "data" }, new Volume { Name = "cfg", ConfigMap = new ConfigMapVolumeSource { Name = "cfg", Items = [new KeyToPath { Key = "a", Path = "a.txt" }] } }];
            var c = p.Spec.Containers[0];
            c.Ports = [new ContainerPort { Name = "http", Port = 8080 }];
            c.Env = [new EnvVar { Name = "POD", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { FieldPath = "metadata.name" } } }];
            c.VolumeMounts = [new VolumeMount { Name = "data", MountPath = "/data" }, new VolumeMount { Name = "cfg", MountPath = "/etc/cfg" }];
            c.LivenessProbe = new Probe { HTTPGet = new HTTPGetAction { Port = new IntOrString("http") } };
            c.Resources = new ResourceRequirements { Limits = new() { ["cpu"] = Quantity.Parse("1"), ["memory"] = Quantity.Parse("1Gi") } };
            p.Spec.InitContainers = [new Container { Name = "init", Image = "busybox", Command = ["true"] }];
            p.Spec.Tolerations = [new Toleration { Key = "node.kubernetes.io/not-ready", Operator = "Exists", Effect = "NoExecute", TolerationSeconds = 300 }];
        });
        Assert.Empty(PodValidation.ValidatePodCreate(pod));
    }

    public static TheoryData<string, string> CreateCases => new()
    {
        { "no-containers", "spec.containers: Required value" },
        { "container-name", "spec.containers[0].name: Invalid value: \"App_1\": " + Formats.IsDNS1123Label("App_1")[0] },
        { "no-image", "spec.containers[0].image: Required value" },
        { "duplicate-container", "spec.containers[1].name: Duplicate value: \"app\"" },
        { "restart-policy", "spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\"" },
        { "dns-policy", "spec.dnsPolicy: Unsupported value: \"Google\": supported values: \"ClusterFirstWithHostNet\", \"ClusterFirst\", \"Default\", \"None\"" },
        { "port-range", "spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive" },
        { "port-protocol", "spec.containers[0].ports[0].protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\"" },
        { "port-name-duplicate", "spec.containers[0].ports[1].name: Duplicate value: \"http\"" },
        { "host-port-conflict", "spec.containers[1].ports[0].hostPort: Duplicate value: \"TCP//80\"" },
        { "env-name", "spec.containers[0].env[0].name: Invalid value: \"1BAD\": " + Formats.IsEnvVarName("1BAD")[0] },
        { "env-value-and-from", "spec.containers[0].env[0].valueFrom: Invalid value: \"\": may not be specified when `value` is not empty" },
        { "env-no-source", "spec.containers[0].env[0].valueFrom: Invalid value: \"\": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`" },
        { "env-two-sources", "spec.containers[0].env[0].valueFrom: Invalid value: \"\": may not have more than one field specified at a time" },
        { "env-field-unsupported", "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: \"status.phase\": supported values: \"metadata.name\", \"metadata.namespace\", \"metadata.uid\", \"spec.nodeName\", \"spec.serviceAccountName\", \"status.hostIP\", \"status.hostIPs\", \"status.podIP\", \"status.podIPs\"" },
        { "env-field-unknown", "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: \"spec.hostname\": error converting fieldPath: field label not supported: spec.hostname" },
        { "env-secret-key", "spec.containers[0].env[0].valueFrom.secretKeyRef.key: Required value" },
        { "two-volume-types", "spec.volumes[0].hostPath: Forbidden: may not specify more than 1 volume type" },
        { "mount-unknown-volume", "spec.containers[0].volumeMounts[0].name: Not found: \"data\"" },
        { "mount-path-unique", "spec.containers[0].volumeMounts[1].mountPath: Invalid value: \"/data\": must be unique" },
        { "duplicate-volume", "spec.volumes[1].name: Duplicate value: \"data\"" },
        { "secret-mode", "spec.volumes[0].secret.defaultMode: Invalid value: 512: must be a number between 0 and 0777 (octal), both inclusive" },
        { "item-backsteps", "spec.volumes[0].configMap.items[0].path: Invalid value: \"../x\": must not contain '..'" },
        { "host-path-required", "spec.volumes[0].hostPath.path: Required value" },
        { "two-handlers", "spec.containers[0].livenessProbe.httpGet: Forbidden: may not specify more than 1 handler type" },
        { "no-handler", "spec.containers[0].readinessProbe: Required value: must specify a handler type" },
        { "liveness-success", "spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1" },
        { "exec-command", "spec.containers[0].startupProbe.exec.command: Required value" },
        { "active-deadline", "spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive" },
        { "toleration-empty-key", "spec.tolerations[0].operator: Invalid value: \"Equal\": operator must be Exists when `key` is empty, which means \"match all values and all keys\"" },
        { "toleration-seconds", "spec.tolerations[0].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set" },
        { "toleration-effect", "spec.tolerations[0].effect: Unsupported value: \"Never\": supported values: \"NoSchedule\", \"PreferNoSchedule\", \"NoExecute\"" },
        { "request-above-limit", "spec.containers[0].resources.requests: Invalid value: \"2\": must be less than or equal to cpu limit of 1" },
        { "resource-name", "spec.containers[0].resources.limits[gpu]: Invalid value: \"gpu\": must be a standard resource for containers" },
        { "extended-resource-integer", "spec.containers[0].resources.limits[example.com/gpu]: Invalid value: \"500m\": must be an integer" },
        { "negative-quantity", "spec.containers[0].resources.requests[memory]: Invalid value: \"-1\": must be greater than or equal to 0" },
        { "init-probe", "spec.initContainers[0].livenessProbe: Forbidden: may not be set for init containers without restartPolicy=Always" },
        { "init-restart-policy", "spec.initContainers[0].restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\"" },
        { "init-name-collision", "spec.initContainers[0].name: Duplicate value: \"app\"" },
        { "container-restart-policy", "spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers" },
        { "pull-policy", "spec.containers[0].imagePullPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"IfNotPresent\", \"Never\"" },
        { "host-network-port", "spec.containers[0].ports[0].hostPort: Invalid value: 81: must match `containerPort` when `hostNetwork` is true" },
        { "pod-name", "metadata.name: Invalid value: \"Web\": " + Formats.IsDNS1123Subdomain("Web")[0] },
        { "namespace-required", "metadata.namespace: Required value" },
        { "ephemeral-on-create", "spec.ephemeralContainers: Forbidden: cannot be set on create" },
        { "image-whitespace", "spec.containers[0].image: Invalid value: \" nginx\": must not have leading or trailing whitespace" },
        { "hostname", "spec.hostname: Invalid value: \"Host\": " + Formats.IsDNS1123Label("Host")[0] },
        { "node-selector", "spec.nodeSelector: Invalid value: \"a b\": " + Formats.IsValidLabelValue("a b")[0] },
        { "dns-none", "spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None" },
        { "dns-nameserver", "spec.dnsConfig.nameservers[0]: Invalid value: \"1.2.3\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)" },
        { "scheduling-gates-with-node", "spec.nodeName: Forbidden: cannot be set until all schedulingGates have been cleared" },
        { "node-affinity-operator", "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator: Invalid value: \"Near\": not a valid selector operator" },
        { "pod-affinity-topology", "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Required value: can not be empty" },
        { "spread-skew", "spec.topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero" },
        { "deletion-cost", "metadata.annotations[controller.kubernetes.io/pod-deletion-cost]: Invalid value: \"x\": must be a 32bit integer" },
        { "sleep-range", "spec.containers[0].lifecycle.preStop.sleep: Invalid value: 60: must be non-negative and less than terminationGracePeriodSeconds (30)" },
        { "mount-propagation", "spec.containers[0].volumeMounts.mountPropagation: Forbidden: Bidirectional mount propagation is available only to privileged containers" },
        { "os-name", "spec.os: Unsupported value: \"plan9\": supported values: \"linux\", \"windows\"" },
    };

    private static readonly Dictionary<string, Action<Pod>> Edits = new()
    {
        ["no-containers"] = p => p.Spec.Containers.Clear(),
        ["container-name"] = p => p.Spec.Containers[0].Name = "App_1",
        ["no-image"] = p => p.Spec.Containers[0].Image = null,
        ["duplicate-container"] = p => p.Spec.Containers.Add(new Container { Name = "app", Image = "x" }),
        ["restart-policy"] = p => p.Spec.RestartPolicy = "Sometimes",
        ["dns-policy"] = p => p.Spec.DNSPolicy = "Google",
        ["port-range"] = p => p.Spec.Containers[0].Ports = [new ContainerPort { Port = 70000 }],
        ["port-protocol"] = p => p.Spec.Containers[0].Ports = [new ContainerPort { Port = 80, Protocol = "HTTP" }],
        ["port-name-duplicate"] = p => p.Spec.Containers[0].Ports = [new ContainerPort { Name = "http", Port = 80 }, new ContainerPort { Name = "http", Port = 81 }],
        ["host-port-conflict"] = p =>
        {
            p.Spec.Containers[0].Ports = [new ContainerPort { Port = 8080, HostPort = 80 }];
            p.Spec.Containers.Add(new Container { Name = "b", Image = "x", Ports = [new ContainerPort { Port = 8081, HostPort = 80 }] });
        },
        ["env-name"] = p => p.Spec.Containers[0].Env = [new EnvVar { Name = "1BAD", Value = "x" }],
        ["env-value-and-from"] = p => p.Spec.Containers[0].Env = [new EnvVar { Name = "A", Value = "x", ValueFrom = new EnvVarSource { ConfigMapKeyRef = new ConfigMapKeySelector { Name = "cm", Key = "k" } } }],
        ["env-no-source"] = p => p.Spec.Containers[0].Env = [new EnvVar { Name = "A", ValueFrom = new EnvVarSource() }],
        ["env-two-sources"] = p => p.Spec.Containers[0].Env = [new EnvVar { Name = "A", ValueFrom = new EnvVarSource { ConfigMapKeyRef = new ConfigMapKeySelector { Name = "cm", Key = "k" }, SecretKeyRef = new SecretKeySelector { Name = "s", Key = "k" } } }],
        ["env-field-unsupported"] = p => p.Spec.Containers[0].Env = [new EnvVar { Name = "A", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { FieldPath = "status.phase" } } }],
        ["env-field-unknown"] = p => p.Spec.Containers[0].Env = [new EnvVar { Name = "A", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { FieldPath = "spec.hostname" } } }],
        ["env-secret-key"] = p => p.Spec.Containers[0].Env = [new EnvVar { Name = "A", ValueFrom = new EnvVarSource { SecretKeyRef = new SecretKeySelector { Name = "s" } } }],
        ["two-volume-types"] = p => p.Spec.Volumes = [new Volume { Name = "data", EmptyDir = new(), HostPath = new HostPathVolumeSource { Path = "/x" } }],
        ["mount-unknown-volume"] = p => p.Spec.Containers[0].VolumeMounts = [new VolumeMount { Name = "data", MountPath = "/data" }],
        ["mount-path-unique"] = p =>
        {
            p.Spec.Volumes = [new Volume { Name = "a" }, new Volume { Name = "b" }];
            p.Spec.Containers[0].VolumeMounts = [new VolumeMount { Name = "a", MountPath = "/data" }, new VolumeMount { Name = "b", MountPath = "/data" }];
        },
        ["duplicate-volume"] = p => p.Spec.Volumes = [new Volume { Name = "data" }, new Volume { Name = "data" }],
        ["secret-mode"] = p => p.Spec.Volumes = [new Volume { Name = "s", Secret = new SecretVolumeSource { SecretName = "s", DefaultMode = 512 } }],
        ["item-backsteps"] = p => p.Spec.Volumes = [new Volume { Name = "c", ConfigMap = new ConfigMapVolumeSource { Name = "c", Items = [new KeyToPath { Key = "k", Path = "../x" }] } }],
        ["host-path-required"] = p => p.Spec.Volumes = [new Volume { Name = "h", HostPath = new HostPathVolumeSource() }],
        ["two-handlers"] = p => p.Spec.Containers[0].LivenessProbe = new Probe { Exec = new ExecAction { Command = ["true"] }, HTTPGet = new HTTPGetAction { Port = 80 } },
        ["no-handler"] = p => p.Spec.Containers[0].ReadinessProbe = new Probe(),
        ["liveness-success"] = p => p.Spec.Containers[0].LivenessProbe = new Probe { TCPSocket = new TCPSocketAction { Port = 80 }, SuccessThreshold = 2 },
        ["exec-command"] = p => p.Spec.Containers[0].StartupProbe = new Probe { Exec = new ExecAction() },
        ["active-deadline"] = p => p.Spec.ActiveDeadlineSeconds = 0,
        ["toleration-empty-key"] = p => p.Spec.Tolerations = [new Toleration { Operator = "Equal" }],
        ["toleration-seconds"] = p => p.Spec.Tolerations = [new Toleration { Key = "k", Operator = "Exists", Effect = "NoSchedule", TolerationSeconds = 5 }],
        ["toleration-effect"] = p => p.Spec.Tolerations = [new Toleration { Key = "k", Operator = "Exists", Effect = "Never" }],
        ["request-above-limit"] = p => p.Spec.Containers[0].Resources = new ResourceRequirements { Limits = new() { ["cpu"] = Quantity.Parse("1") }, Requests = new() { ["cpu"] = Quantity.Parse("2") } },
        ["resource-name"] = p => p.Spec.Containers[0].Resources = new ResourceRequirements { Limits = new() { ["gpu"] = Quantity.Parse("1") } },
        ["extended-resource-integer"] = p => p.Spec.Containers[0].Resources = new ResourceRequirements { Limits = new() { ["example.com/gpu"] = Quantity.Parse("500m") } },
        ["negative-quantity"] = p => p.Spec.Containers[0].Resources = new ResourceRequirements { Requests = new() { ["memory"] = Quantity.Parse("-1") } },
        ["init-probe"] = p => p.Spec.InitContainers = [new Container { Name = "init", Image = "x", LivenessProbe = new Probe { Exec = new ExecAction { Command = ["true"] } } }],
        ["init-restart-policy"] = p => p.Spec.InitContainers = [new Container { Name = "init", Image = "x", RestartPolicy = "OnFailure" }],
        ["init-name-collision"] = p => p.Spec.InitContainers = [new Container { Name = "app", Image = "x" }],
        ["container-restart-policy"] = p => p.Spec.Containers[0].RestartPolicy = "Always",
        ["pull-policy"] = p => p.Spec.Containers[0].ImagePullPolicy = "Sometimes",
        ["host-network-port"] = p =>
        {
            p.Spec.HostNetwork = true;
            p.Spec.Containers[0].Ports = [new ContainerPort { Port = 80, HostPort = 81 }];
        },
        ["pod-name"] = p => p.Metadata.Name = "Web",
        ["namespace-required"] = p => p.Metadata.Namespace = null,
        ["ephemeral-on-create"] = p => p.Spec.EphemeralContainers = [new EphemeralContainer { Name = "debug", Image = "busybox" }],
        ["image-whitespace"] = p => p.Spec.Containers[0].Image = " nginx",
        ["hostname"] = p => p.Spec.Hostname = "Host",
        ["node-selector"] = p => p.Spec.NodeSelector = new() { ["disk"] = "a b" },
        ["dns-none"] = p => p.Spec.DNSPolicy = "None",
        ["dns-nameserver"] = p => p.Spec.DNSConfig = new PodDNSConfig { Nameservers = ["1.2.3"] },
        ["scheduling-gates-with-node"] = p =>
        {
            p.Spec.NodeName = "n1";
            p.Spec.SchedulingGates = [new PodSchedulingGate { Name = "example.com/gate" }];
        },
        ["node-affinity-operator"] = p => p.Spec.Affinity = new Affinity
        {
            NodeAffinity = new NodeAffinity
            {
                RequiredDuringSchedulingIgnoredDuringExecution = new NodeSelector
                {
                    NodeSelectorTerms = [new NodeSelectorTerm { MatchExpressions = [new NodeSelectorRequirement { Key = "zone", Operator = "Near", Values = ["a"] }] }],
                },
            },
        },
        ["pod-affinity-topology"] = p => p.Spec.Affinity = new Affinity
        {
            PodAntiAffinity = new PodAntiAffinity { RequiredDuringSchedulingIgnoredDuringExecution = [new PodAffinityTerm()] },
        },
        ["spread-skew"] = p => p.Spec.TopologySpreadConstraints = [new TopologySpreadConstraint { MaxSkew = 0, TopologyKey = "zone", WhenUnsatisfiable = "DoNotSchedule" }],
        ["deletion-cost"] = p => p.Metadata.Annotations = new() { ["controller.kubernetes.io/pod-deletion-cost"] = "x" },
        ["sleep-range"] = p => p.Spec.Containers[0].Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Sleep = new SleepAction { Seconds = 60 } } },
        ["mount-propagation"] = p =>
        {
            p.Spec.Volumes = [new Volume { Name = "data" }];
            p.Spec.Containers[0].VolumeMounts = [new VolumeMount { Name = "data", MountPath = "/data", MountPropagation = "Bidirectional" }];
        },
        ["os-name"] = p => p.Spec.OS = new PodOS { Name = "plan9" },
    };

    [Theory]
    [MemberData(nameof(CreateCases))]
    public void ValidatePodCreate_ReportsUpstreamMessages(string scenario, string expected)
    {
        var errors = Create(Edits[scenario]);
        Assert.Contains(expected, errors);
    }

    [Fact]
    public void UndefaultedPod_RequiresDefaultedFields()
    {
        var errors = Create(_ => { }, defaults: false);
        Assert.Contains("spec.terminationGracePeriodSeconds: Required value", errors);
        Assert.Contains("spec.restartPolicy: Required value", errors);
        Assert.Contains("spec.dnsPolicy: Required value", errors);
        Assert.Contains("spec.containers[0].terminationMessagePolicy: Required value", errors);
        Assert.Contains("spec.containers[0].imagePullPolicy: Required value", errors);
    }

    [Fact]
    public void UnknownContainerResource_ReportsBothNameErrors()
    {
        // Defaulting copies the limit into requests, which repeats the errors there (as upstream).
        var errors = Create(Edits["resource-name"]).Take(2);
        Assert.Equal(
        [
            "spec.containers[0].resources.limits[gpu]: Invalid value: \"gpu\": must be a standard resource type or fully qualified",
            "spec.containers[0].resources.limits[gpu]: Invalid value: \"gpu\": must be a standard resource for containers",
        ],
        errors);
    }

    [Fact]
    public void PodTemplate_DoesNotRequirePodOnlyFields()
    {
        var template = new PodTemplateSpec { Spec = NewPod().Spec };
        template.Spec.HostNetwork = true;
        template.Spec.Containers[0].Ports = [new ContainerPort { Port = 80, Protocol = "TCP" }];
        Assert.Empty(PodValidation.ValidatePodTemplateSpec(template, FieldPath.New("spec", "template")));
    }

    [Fact]
    public void PodTemplate_ForbidsEphemeralContainers()
    {
        var template = new PodTemplateSpec { Spec = NewPod().Spec };
        template.Spec.EphemeralContainers = [new EphemeralContainer { Name = "debug", Image = "busybox", ImagePullPolicy = "Always", TerminationMessagePolicy = "File" }];
        var errors = PodValidation.ValidatePodTemplateSpec(template, FieldPath.New("spec", "template")).Select(e => e.ToString());
        Assert.Contains("spec.template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template", errors);
    }

    [Fact]
    public void Update_ImageChange_IsAllowed()
    {
        Assert.Empty(Update(p => p.Spec.Containers[0].Image = "nginx:1.28"));
    }

    [Fact]
    public void Update_OtherSpecChange_IsForbidden()
    {
        Assert.Equal([UpdateForbidden], Update(p => p.Spec.Containers[0].Command = ["sleep", "1"]));
    }

    [Fact]
    public void Update_AddingContainer_IsForbidden()
    {
        var errors = Update(p => p.Spec.Containers.Add(new Container { Name = "b", Image = "x" }));
        Assert.Contains("spec.containers: Forbidden: pod updates may not add or remove containers", errors);
    }

    [Fact]
    public void Update_ActiveDeadline_MayOnlyDecrease()
    {
        Assert.Empty(Update(p => p.Spec.ActiveDeadlineSeconds = 10, p => p.Spec.ActiveDeadlineSeconds = 20));
        Assert.Equal(
            ["spec.activeDeadlineSeconds: Invalid value: 30: must be less than or equal to previous value"],
            Update(p => p.Spec.ActiveDeadlineSeconds = 30, p => p.Spec.ActiveDeadlineSeconds = 20));
    }

    [Fact]
    public void Update_Tolerations_OnlyAdditions()
    {
        var existing = new Toleration { Key = "a", Operator = "Exists" };
        Assert.Empty(Update(p => p.Spec.Tolerations = [existing, new Toleration { Key = "b", Operator = "Exists" }], p => p.Spec.Tolerations = [existing]));
        Assert.Contains(
            "spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds",
            Update(p => p.Spec.Tolerations = [], p => p.Spec.Tolerations = [existing]));
    }

    [Fact]
    public void Update_SchedulingGates_OnlyDeletions()
    {
        Assert.Empty(Update(p => p.Spec.SchedulingGates = [], p => p.Spec.SchedulingGates = [new PodSchedulingGate { Name = "example.com/a" }]));
        Assert.Contains(
            "spec.schedulingGates[0].name: Forbidden: only deletion is allowed, but found new scheduling gate 'example.com/b'",
            Update(p => p.Spec.SchedulingGates = [new PodSchedulingGate { Name = "example.com/b" }]));
    }

    [Fact]
    public void Update_NegativeGracePeriod_MayBeRaisedToOne()
    {
        Assert.Empty(Update(p => p.Spec.TerminationGracePeriodSeconds = 1, p => p.Spec.TerminationGracePeriodSeconds = -1));
    }

    [Fact]
    public void Update_MetadataRules_Apply()
    {
        var old = NewPod(p => p.Metadata.ResourceVersion = "1");
        var updated = NewPod(p => p.Metadata.Name = "other");
        var errors = PodValidation.ValidatePodUpdate(updated, old).Select(e => e.ToString()).ToList();
        Assert.Contains("metadata.resourceVersion: Invalid value: \"\": must be specified for an update", errors);
        Assert.Contains("metadata.name: Invalid value: \"other\": field is immutable", errors);
    }

    [Fact]
    public void Update_EmptyAndAbsentCollections_AreEqual()
    {
        Assert.Empty(Update(p => p.Spec.Containers[0].Args = []));
    }
}
