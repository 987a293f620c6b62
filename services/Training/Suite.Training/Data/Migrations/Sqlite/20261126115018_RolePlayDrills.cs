using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Training.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RolePlayDrills : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RolePlayScenarios",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CustomerPersona = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Situation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    KeyPoints = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RolePlayScenarios", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DrillSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ScenarioId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PointScores = table.Column<string>(type: "TEXT", nullable: false),
                    ScorePercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ScoredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrillSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DrillSessions_RolePlayScenarios_ScenarioId",
                        column: x => x.ScenarioId,
                        principalTable: "RolePlayScenarios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DrillSessions_AgentId_CreatedAt",
                table: "DrillSessions",
                columns: new[] { "AgentId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DrillSessions_ScenarioId",
                table: "DrillSessions",
                column: "ScenarioId");

            migrationBuilder.CreateIndex(
                name: "IX_DrillSessions_TenantId",
                table: "DrillSessions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RolePlayScenarios_TenantId",
                table: "RolePlayScenarios",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DrillSessions");

            migrationBuilder.DropTable(
                name: "RolePlayScenarios");
        }
    }
}
