using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Scheduling.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkforcePlanning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgentCertifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AgentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CertificationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Skill = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ValidUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastEventAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgentCertifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DailyChecklists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AgentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GeneratedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyChecklists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DailyChecklists_Agents_AgentId",
                        column: x => x.AgentId,
                        principalTable: "Agents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QueueCertificationRequirements",
                columns: table => new
                {
                    QueueId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Skills = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QueueCertificationRequirements", x => x.QueueId);
                });

            migrationBuilder.CreateTable(
                name: "Rosters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IntervalMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    QueueIds = table.Column<string>(type: "TEXT", nullable: false),
                    ShiftTemplateIds = table.Column<string>(type: "TEXT", nullable: false),
                    Settings = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rosters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ShiftTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    LengthMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Days = table.Column<string>(type: "TEXT", nullable: false),
                    Breaks = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShiftTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TaskListTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Items = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskListTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TimeOffRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AgentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    EndTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CoverageImpactConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CancelledBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimeOffRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TimeOffRequests_Agents_AgentId",
                        column: x => x.AgentId,
                        principalTable: "Agents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChecklistItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChecklistId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    DueTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChecklistItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChecklistItems_DailyChecklists_ChecklistId",
                        column: x => x.ChecklistId,
                        principalTable: "DailyChecklists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RosterAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RosterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QueueId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShiftTemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShiftName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    End = table.Column<long>(type: "INTEGER", nullable: false),
                    LocalStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LocalEnd = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Breaks = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PaidHours = table.Column<double>(type: "REAL", nullable: false),
                    IsLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsWeekend = table.Column<bool>(type: "INTEGER", nullable: false),
                    Manual = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RosterAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RosterAssignments_Rosters_RosterId",
                        column: x => x.RosterId,
                        principalTable: "Rosters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShiftSwaps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RosterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterAssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerAssignmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShiftSwaps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShiftSwaps_Rosters_RosterId",
                        column: x => x.RosterId,
                        principalTable: "Rosters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgentCertifications_TenantId",
                table: "AgentCertifications",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AgentCertifications_TenantId_AgentId",
                table: "AgentCertifications",
                columns: new[] { "TenantId", "AgentId" });

            migrationBuilder.CreateIndex(
                name: "IX_AgentCertifications_TenantId_CertificationId",
                table: "AgentCertifications",
                columns: new[] { "TenantId", "CertificationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistItems_ChecklistId",
                table: "ChecklistItems",
                column: "ChecklistId");

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistItems_TenantId",
                table: "ChecklistItems",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DailyChecklists_AgentId",
                table: "DailyChecklists",
                column: "AgentId");

            migrationBuilder.CreateIndex(
                name: "IX_DailyChecklists_TenantId",
                table: "DailyChecklists",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DailyChecklists_TenantId_AgentId_Day",
                table: "DailyChecklists",
                columns: new[] { "TenantId", "AgentId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DailyChecklists_TenantId_Day",
                table: "DailyChecklists",
                columns: new[] { "TenantId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_QueueCertificationRequirements_TenantId",
                table: "QueueCertificationRequirements",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RosterAssignments_RosterId_AgentId_Day",
                table: "RosterAssignments",
                columns: new[] { "RosterId", "AgentId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RosterAssignments_TenantId",
                table: "RosterAssignments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RosterAssignments_TenantId_Start",
                table: "RosterAssignments",
                columns: new[] { "TenantId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_Rosters_TenantId",
                table: "Rosters",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Rosters_TenantId_Status_FirstDay",
                table: "Rosters",
                columns: new[] { "TenantId", "Status", "FirstDay" });

            migrationBuilder.CreateIndex(
                name: "IX_ShiftSwaps_RosterId",
                table: "ShiftSwaps",
                column: "RosterId");

            migrationBuilder.CreateIndex(
                name: "IX_ShiftSwaps_TenantId",
                table: "ShiftSwaps",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ShiftSwaps_TenantId_PartnerId",
                table: "ShiftSwaps",
                columns: new[] { "TenantId", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_ShiftSwaps_TenantId_RequesterId",
                table: "ShiftSwaps",
                columns: new[] { "TenantId", "RequesterId" });

            migrationBuilder.CreateIndex(
                name: "IX_ShiftSwaps_TenantId_Status",
                table: "ShiftSwaps",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ShiftTemplates_TenantId",
                table: "ShiftTemplates",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ShiftTemplates_TenantId_Name",
                table: "ShiftTemplates",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskListTemplates_TenantId",
                table: "TaskListTemplates",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskListTemplates_TenantId_Role",
                table: "TaskListTemplates",
                columns: new[] { "TenantId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimeOffRequests_AgentId",
                table: "TimeOffRequests",
                column: "AgentId");

            migrationBuilder.CreateIndex(
                name: "IX_TimeOffRequests_TenantId",
                table: "TimeOffRequests",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_TimeOffRequests_TenantId_AgentId_FirstDay",
                table: "TimeOffRequests",
                columns: new[] { "TenantId", "AgentId", "FirstDay" });

            migrationBuilder.CreateIndex(
                name: "IX_TimeOffRequests_TenantId_Status_FirstDay",
                table: "TimeOffRequests",
                columns: new[] { "TenantId", "Status", "FirstDay" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgentCertifications");

            migrationBuilder.DropTable(
                name: "ChecklistItems");

            migrationBuilder.DropTable(
                name: "QueueCertificationRequirements");

            migrationBuilder.DropTable(
                name: "RosterAssignments");

            migrationBuilder.DropTable(
                name: "ShiftSwaps");

            migrationBuilder.DropTable(
                name: "ShiftTemplates");

            migrationBuilder.DropTable(
                name: "TaskListTemplates");

            migrationBuilder.DropTable(
                name: "TimeOffRequests");

            migrationBuilder.DropTable(
                name: "DailyChecklists");

            migrationBuilder.DropTable(
                name: "Rosters");
        }
    }
}
