using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Scheduling.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Demand : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DemandIntervals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    QueueId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Start = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IntervalMinutes = table.Column<int>(type: "int", nullable: false),
                    ExpectedContacts = table.Column<double>(type: "float", nullable: false),
                    AhtSeconds = table.Column<double>(type: "float", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemandIntervals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DemandIntervals_Queues_QueueId",
                        column: x => x.QueueId,
                        principalTable: "Queues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DemandIntervals_QueueId",
                table: "DemandIntervals",
                column: "QueueId");

            migrationBuilder.CreateIndex(
                name: "IX_DemandIntervals_TenantId",
                table: "DemandIntervals",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DemandIntervals_TenantId_QueueId_Start",
                table: "DemandIntervals",
                columns: new[] { "TenantId", "QueueId", "Start" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DemandIntervals");
        }
    }
}
